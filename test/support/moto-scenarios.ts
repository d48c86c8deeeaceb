// moto_api payments: a service with the card authorisation API, a payment created through the API,
// and its one-time token from `auth_url_post`. Shared by the simulator's tests.
import { withSettings } from './agreement-scenarios.ts'
import { api, validPayment } from './simulator.ts'

export const authorisationApiOn = () => withSettings({ authorisationApi: true })

/** A moto_api payment created through the API: its id and the one-time token of its auth_url_post. */
export async function motoPayment(key: string, extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  await authorisationApiOn()
  const created = await api('POST', '/v1/payments', { key, body: { ...validPayment({ return_url: undefined }), authorisation_mode: 'moto_api', ...extra } })
  if (created.status !== 201) throw new Error(`creating a moto_api payment answered ${created.status} ${created.text}`)
  return { id: created.json.payment_id, token: created.json._links.auth_url_post.params.one_time_token }
}

/** A good card for POST /v1/auth, with `token`. */
export const motoCard = (token: string, overrides: Record<string, unknown> = {}) => ({
  one_time_token: token,
  card_number: '4242424242424242',
  cvc: '123',
  expiry_date: '12/49',
  cardholder_name: 'J. Citizen',
  ...overrides,
})

/** POST /v1/auth, without an API key, as the real endpoint is called. */
export const authorise = (body: unknown) => api('POST', '/v1/auth', { key: null, body })
