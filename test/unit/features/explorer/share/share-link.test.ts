// A share link carries the endpoint and every input in the route's query string, never the key.
import { describe, expect, it } from 'vitest'
import { findOperation } from '../../../../../src/features/explorer/catalogue/operations.ts'
import { defaultInput } from '../../../../../src/features/explorer/request/request-input.ts'
import { absoluteAppLink, decodeInput, encodeInput, explorerRoute } from '../../../../../src/features/explorer/share/share-link.ts'

const create = findOperation('create-payment')!
const refund = findOperation('get-refund')!

describe('share links', () => {
  it('round-trips path, query, body and headers through the route', () => {
    const input = {
      ...defaultInput(create),
      body: '{"amount": 1}',
      headers: [{ name: 'Idempotency-Key', value: 'abc' }, { name: 'X-Other', value: 'x y' }],
    }
    const route = explorerRoute(create, input)
    expect(route.startsWith('/explorer/create-payment?')).toBe(true)
    const decoded = decodeInput(create, new URLSearchParams(route.split('?')[1]))
    expect(decoded).toEqual(input)

    const paths = { ...defaultInput(refund), pathParams: { paymentId: 'p 1', refundId: 'r2' } }
    expect(decodeInput(refund, new URLSearchParams(explorerRoute(refund, paths).split('?')[1]))).toEqual(paths)
  })

  it('leaves out the example body and empty fields, and is just the endpoint when nothing was typed', () => {
    expect(explorerRoute(create, defaultInput(create))).toBe('/explorer/create-payment')
    expect(decodeInput(create, new URLSearchParams(''))).toBeUndefined()
  })

  it('never carries an Authorization header, even one typed by hand', () => {
    const input = { ...defaultInput(create), headers: [{ name: 'Authorization', value: 'Bearer api_test_secret' }] }
    expect(encodeInput(create, input).toString()).not.toMatch(/secret|Authorization/i)
    expect(decodeInput(create, new URLSearchParams('header.Authorization=Bearer+x&path.paymentId=1'))?.headers).toEqual([
      { name: 'Idempotency-Key', value: '' },
    ])
  })

  it('makes an absolute link on the page’s own address', () => {
    expect(absoluteAppLink('/explorer/get-payment?path.paymentId=a', { origin: 'https://x.github.io', pathname: '/pay/', search: '' })).toBe(
      'https://x.github.io/pay/#/explorer/get-payment?path.paymentId=a',
    )
  })
})
