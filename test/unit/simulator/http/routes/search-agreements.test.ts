// GET /v1/agreements (pay-api-contract.md §10; pay-publicapi's AgreementSearchValidator; ledger's
// AgreementSearchParams, which pages by 20 at most and writes the status in capitals in its links).
import { describe, expect, it } from 'vitest'
import { createAgreement } from '../../../../../src/simulator/services/agreements.ts'
import { recurringOn, setUp } from '../../../../support/agreement-scenarios.ts'
import { currentServiceId, tick } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk/v1/agreements'
const invalid = (names: string) => ({ code: 'P2401', description: `Invalid parameters: ${names}. See Public API documentation for the correct data formats` })

/** Agreements made through the service, one a minute apart (the API would hit its rate limit). */
async function agreements(count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    ids.push((await createAgreement(await currentServiceId(), { reference: `REF-${i}`, description: `Agreement ${i}` })).agreement.id)
    await tick()
  }
  return ids
}

describe('GET /v1/agreements', () => {
  it('answers 200 with no results on a new test account', async () => {
    const response = await api('GET', '/v1/agreements', { key: await newKey() })
    expect(response.status).toBe(200)
    expect(response.json).toStrictEqual({
      total: 0,
      count: 0,
      page: 1,
      results: [],
      _links: { self: { href: `${BASE}?display_size=20&page=1` }, first_page: { href: `${BASE}?display_size=20&page=1` }, last_page: { href: `${BASE}?display_size=20&page=1` } },
    })
  })

  it('lists agreements newest first, 20 to a page at most whatever display_size asks, with the links saying 20', async () => {
    await recurringOn()
    const key = await newKey()
    const ids = await agreements(22)
    const first = await api('GET', '/v1/agreements?display_size=50', { key })
    expect(first.json).toMatchObject({ total: 22, count: 20, page: 1 })
    expect(first.json.results[0].agreement_id).toBe(ids.at(-1))
    expect(first.json._links.next_page.href).toBe(`${BASE}?display_size=20&page=2`)
    const second = await api('GET', '/v1/agreements?page=2', { key })
    expect(second.json.results.map((result: { agreement_id: string }) => result.agreement_id)).toEqual([ids[1], ids[0]])
    expect(second.json._links.prev_page.href).toBe(`${BASE}?display_size=20&page=1`)
  })

  it('finds by reference (exact, ignoring case) and by status, the status in capitals in the links', async () => {
    await recurringOn()
    const key = await newKey()
    const [first, second] = await agreements(2)
    await setUp(second!)
    const byReference = await api('GET', '/v1/agreements?reference=ref-0', { key })
    expect(byReference.json.results.map((result: { agreement_id: string }) => result.agreement_id)).toEqual([first])
    expect((await api('GET', '/v1/agreements?reference=REF', { key })).json.total).toBe(0)
    const active = await api('GET', '/v1/agreements?status=active', { key })
    expect(active.json.results.map((result: { agreement_id: string }) => result.agreement_id)).toEqual([second])
    expect(active.json.results[0].payment_instrument.type).toBe('card')
    expect(active.json._links.self.href).toMatch(/[?&]status=ACTIVE(&|$)/)
  })

  it('answers 422 P2401 naming every bad parameter in the validator’s order, a status in capitals among them', async () => {
    const key = await newKey()
    const response = await api('GET', `/v1/agreements?display_size=501&page=0&reference=${'r'.repeat(256)}&status=ACTIVE`, { key })
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual(invalid('status, reference, page, display_size'))
  })

  it('ignores parameters it does not know, as the real validator’s check for them never sees them', async () => {
    const response = await api('GET', '/v1/agreements?state=active&foo=bar', { key: await newKey() })
    expect(response.status).toBe(200)
  })

  it('answers 404 P2402 for a page past the end of a search that found some, and 200 when it found none', async () => {
    await recurringOn()
    const key = await newKey()
    expect((await api('GET', '/v1/agreements?page=2', { key })).status).toBe(200)
    await agreements(1)
    const response = await api('GET', '/v1/agreements?page=2', { key })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P2402', description: 'Page not found' })
  })
})
