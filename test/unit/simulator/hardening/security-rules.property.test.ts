// The real service's security rules, for any input: `<`, `>` or `|` anywhere in a reference or
// description is refused with 400 P0102 (publicapi's copy of the firewall rule), an empty body
// where JSON is expected is blocked by the firewall (400 P0920), and on a test account, which
// every playground service is, an http:// return_url is accepted (https is required on live
// accounts only). A refused request stores nothing.
import fc from 'fast-check'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { resetRateLimits } from '../../../../src/simulator/http/rate-limiter.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { snapshotStore } from './support/store-snapshot.ts'

const RUNS = 60
let cases = 0

useSimulator()

let key: string
beforeEach(async () => {
  key = await newKey()
})

afterAll(() => {
  console.info(`[hardening] security rules: ${cases} generated requests`)
})

const BLOCKED = {
  code: 'P0920',
  description: 'Request blocked by security rules. Please consult API documentation for more information.',
}

/** Text with at least one of the characters the rule refuses, somewhere in it. */
const withBlockedCharacter = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('<', '>', '|'), fc.string({ maxLength: 20 }))
  .map(([before, bad, after]) => before + bad + after)
  .filter((text) => text.trim() !== '')

describe('< > | in a reference or description', () => {
  it('is refused with 400 P0102 whatever surrounds it, and nothing is stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('reference', 'description'), withBlockedCharacter, async (field, value) => {
        cases++
        resetRateLimits() // many requests in one second: the limiter is not what is tested here
        const before = await snapshotStore()
        const response = await api('POST', '/v1/payments', { key, body: validPayment({ [field]: value }) })
        expect(response.status).toBe(400)
        expect(response.json).toStrictEqual({
          field,
          code: 'P0102',
          description: `Invalid attribute value: ${field}. Must be a valid string format`,
        })
        expect(await snapshotStore()).toStrictEqual(before)
      }),
      { numRuns: RUNS, seed: 7 },
    )
  })

  it('is refused for the markup trainees paste in most often', async () => {
    for (const value of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'a|b', '5 > 4']) {
      const response = await api('POST', '/v1/payments', { key, body: validPayment({ description: value }) })
      expect(response.json).toMatchObject({ code: 'P0102', field: 'description' })
    }
  })

  it('does not refuse the other characters the firewall’s documentation mentions, " and \\, in the body', async () => {
    const response = await api('POST', '/v1/payments', { key, body: validPayment({ reference: 'say "hi" \\ back' }) })
    expect(response.status).toBe(201)
    expect(response.json.reference).toBe('say "hi" \\ back')
  })
})

describe('an empty body where JSON is expected', () => {
  it('is blocked by the firewall with 400 P0920 on create payment and create refund, whatever the whitespace', async () => {
    const paid = await paymentIn('success')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/payments', `/v1/payments/${paid.id}/refunds`),
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 8 }),
        fc.constantFrom('application/json', 'text/plain', undefined),
        async (path, blank, type) => {
          cases++
          resetRateLimits()
          const before = await snapshotStore()
          const response = await api('POST', path, { key, rawBody: blank, headers: type ? { 'Content-Type': type } : {} })
          expect(response.status).toBe(400)
          expect(response.json).toStrictEqual(BLOCKED)
          expect(await snapshotStore()).toStrictEqual(before)
        },
      ),
      { numRuns: 30, seed: 11 },
    )
  })

  it('is what cancel and capture expect: no body is needed there', async () => {
    const created = await paymentIn('created')
    const response = await api('POST', `/v1/payments/${created.id}/cancel`, { key })
    expect(response.status).toBe(204)
  })
})

describe('the https rule for return_url', () => {
  it('applies to live accounts only: a playground service is a test account, so http:// is accepted', async () => {
    for (const returnUrl of ['http://localhost:3000/done', 'http://your.service.gov.uk/completed']) {
      const response = await api('POST', '/v1/payments', { key, body: validPayment({ return_url: returnUrl }) })
      expect(response.status).toBe(201)
      expect(response.json.return_url).toBe(returnUrl)
    }
  })
})
