// URLs of the API's resources and the hosted pages, as they appear in `_links`.
import { API_BASE_URL } from '../../model/api-base.ts'
import { frontendUrl } from '../../services/runtime.ts'

export interface Link {
  href: string
  method: 'GET' | 'POST'
  type?: string
  params?: Record<string, string>
}

export const paymentUrl = (paymentId: string) => `${API_BASE_URL}/v1/payments/${paymentId}`
export const refundUrl = (paymentId: string, refundId: string) => `${paymentUrl(paymentId)}/refunds/${refundId}`

export const get = (href: string): Link => ({ href, method: 'GET' })
export const post = (href: string): Link => ({ href, method: 'POST' })

/** `next_url`: the hosted page for a one-time token, on the playground's own origin and path. */
export function nextUrl(token: string): Link {
  return get(`${frontendUrl()}#/secure/${token}`)
}

/** `auth_url_post` of a moto_api payment: where to send the card details, with the one-time token. */
export function authUrlPost(token: string): Link {
  return { href: `${API_BASE_URL}/v1/auth`, method: 'POST', type: 'application/json', params: { one_time_token: token } }
}

/**
 * `next_url_post`: the form-post form of the same entry point, `<site>/secure` like the real
 * service's `/secure`. The service worker takes the post (src/worker/next-url-post.ts).
 */
export function nextUrlPost(token: string): Link {
  return {
    href: `${frontendUrl()}secure`,
    method: 'POST',
    type: 'application/x-www-form-urlencoded',
    params: { chargeTokenId: token },
  }
}
