// The URLs in `_links` (pay-api-contract.md §7): API resources at the real API's address, and the
// hosted page on the playground's own origin and path, reached through the hash router.
import { describe, expect, it } from 'vitest'
import { get, nextUrl, nextUrlPost, paymentUrl, post, refundUrl } from '../../../../../src/simulator/http/present/links.ts'
import { APP_URL, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const TOKEN = '5fe628e5-7f8b-48c6-8b3e-576ae93add9a'

describe('links', () => {
  it('addresses payments and refunds at the real API', () => {
    expect(paymentUrl('abc')).toBe('https://publicapi.payments.service.gov.uk/v1/payments/abc')
    expect(refundUrl('abc', 'def')).toBe('https://publicapi.payments.service.gov.uk/v1/payments/abc/refunds/def')
  })

  it('makes GET and POST links with only href and method', () => {
    expect(get('https://x/y')).toStrictEqual({ href: 'https://x/y', method: 'GET' })
    expect(post('https://x/y')).toStrictEqual({ href: 'https://x/y', method: 'POST' })
  })

  it('points next_url at the hosted page for the token', () => {
    expect(nextUrl(TOKEN)).toStrictEqual({ href: `${APP_URL}#/secure/${TOKEN}`, method: 'GET' })
  })

  it('gives next_url_post the form type and the same token as a parameter', () => {
    expect(nextUrlPost(TOKEN)).toStrictEqual({
      href: `${APP_URL}secure`,
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      params: { chargeTokenId: TOKEN },
    })
  })
})
