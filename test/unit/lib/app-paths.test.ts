// Deep links into the explorer built outside it (the return page has no explorer code) open the
// operation they name, filled in the way the explorer's own share links are read.
import { describe, expect, it } from 'vitest'
import { findOperation } from '../../../src/features/explorer/catalogue/operations.ts'
import { decodeInput } from '../../../src/features/explorer/share/share-link.ts'
import { appPaths } from '../../../src/lib/app-paths.ts'

describe('appPaths.explorerGetPayment', () => {
  it('names the explorer’s “Get a payment” and fills in paymentId as its share links do', () => {
    const route = appPaths.explorerGetPayment('abc 123')
    const [path, search = ''] = route.split('?')
    const slug = path!.replace('/explorer/', '')
    const operation = findOperation(slug)
    expect(operation?.method).toBe('GET')
    expect(operation?.path).toBe('/v1/payments/{paymentId}')
    expect(decodeInput(operation!, new URLSearchParams(search))?.pathParams).toEqual({ paymentId: 'abc 123' })
  })
})
