// One request from the form: the URL with its query, the headers with the key, the body as typed,
// and the same request as HAR for the code snippets.
import { describe, expect, it } from 'vitest'
import { findOperation } from '../../../../../src/features/explorer/catalogue/operations.ts'
import { buildRequest, KEY_PLACEHOLDER, toFetchInit, toHar } from '../../../../../src/features/explorer/request/build-request.ts'
import { defaultInput } from '../../../../../src/features/explorer/request/request-input.ts'

const operation = (slug: string) => {
  const found = findOperation(slug)
  if (!found) throw new Error(`no ${slug}`)
  return found
}

describe('building the request', () => {
  it('fills path parameters, puts query parameters in documented order, and skips empty ones', () => {
    const search = operation('search-payments')
    const request = buildRequest(search, { ...defaultInput(search), query: { display_size: '10', reference: 'a b', email: '' } }, 'api_test_key')
    expect(request.url).toBe('https://publicapi.payments.service.gov.uk/v1/payments?reference=a+b&display_size=10')
    expect(request.headers).toEqual([['Authorization', 'Bearer api_test_key']])
    expect(request.body).toBeUndefined()

    const refund = operation('get-refund')
    const built = buildRequest(refund, { ...defaultInput(refund), pathParams: { paymentId: 'p1', refundId: 'r/2' } })
    expect(built.url).toBe('https://publicapi.payments.service.gov.uk/v1/payments/p1/refunds/r%2F2')
    expect(built.headers[0]).toEqual(['Authorization', `Bearer ${KEY_PLACEHOLDER}`])
  })

  it('sends the body exactly as typed with a JSON content type, and lets a typed header replace the explorer’s', () => {
    const create = operation('create-payment')
    const input = { ...defaultInput(create), body: '{"amount": 100.0}', headers: [{ name: 'Idempotency-Key', value: 'k-1' }, { name: 'content-type', value: 'text/plain' }, { name: 'X-Empty', value: '' }] }
    const request = buildRequest(create, input, 'key')
    expect(request.body).toBe('{"amount": 100.0}')
    expect(request.headers).toEqual([
      ['Authorization', 'Bearer key'],
      ['Idempotency-Key', 'k-1'],
      ['content-type', 'text/plain'],
    ])
    expect(toFetchInit(request)).toEqual({ method: 'POST', headers: request.headers, body: '{"amount": 100.0}' })
  })

  it('gives HAR with the address, query, headers and body; a body JSON would change is passed as text', () => {
    const create = operation('create-payment')
    const exact = toHar(buildRequest(create, defaultInput(create), 'key'))
    expect(exact).toMatchObject({ method: 'POST', url: 'https://publicapi.payments.service.gov.uk/v1/payments', queryString: [] })
    expect(exact.postData).toEqual({ mimeType: 'application/json', text: defaultInput(create).body })
    const changed = toHar(buildRequest(create, { ...defaultInput(create), body: '{"amount": 1, "amount": 2}' }, 'key'))
    expect(changed.postData).toEqual({ mimeType: 'text/plain', text: '{"amount": 1, "amount": 2}' })
    expect(changed.headers).toContainEqual({ name: 'Content-Type', value: 'application/json' })
  })
})
