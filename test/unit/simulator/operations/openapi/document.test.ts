// The OpenAPI document built from the registry validates as OpenAPI 3 and describes each operation
// the simulator serves, with the errors the registry lists for it.
import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../../../../src/simulator/http/routes/index.ts'
import { errorsOf } from '../../../../../src/simulator/operations/errors/build.ts'
import { OPERATIONS } from '../../../../../src/simulator/operations/index.ts'
import { openApiJson, payApiDocument } from '../../../../../src/simulator/operations/openapi/document.ts'
import type { Operation } from '../../../../../src/simulator/operations/openapi/types.ts'

const documented = (): Array<{ method: string; path: string; operation: Operation }> =>
  Object.entries(payApiDocument.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation: operation! })),
  )

const codesIn = (operation: Operation): string[] =>
  Object.values(operation.responses).flatMap((response) =>
    Object.values(response.content ?? {}).flatMap((media) => Object.values(media.examples ?? {}).map((example) => (example.value as { code: string }).code)),
  )

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3', async () => {
    // A fresh copy: the validator dereferences the object it is given.
    const result = await validate(JSON.parse(openApiJson()))
    if (!result.valid) throw new Error(compileErrors(result))
    expect(result.valid).toBe(true)
    expect(payApiDocument.openapi).toMatch(/^3\./)
  })

  it('describes every route the simulator serves, and nothing else, with the same operation names', () => {
    const served = API_ROUTES.map((route) => `${route.spec.method} ${route.spec.path} ${route.spec.id}`).sort()
    expect(documented().map(({ method, path, operation }) => `${method} ${path} ${operation.operationId}`).sort()).toEqual(served)
    expect(served).toContain('GET /v1/disputes searchDisputes')
  })

  it('lists under each operation every error code its registry entry has, the shared ones included', () => {
    for (const { operation } of documented()) {
      const spec = OPERATIONS.find((candidate) => candidate.id === operation.operationId)!
      const codes = new Set(codesIn(operation))
      expect([...codes].sort(), operation.operationId).toEqual([...new Set(errorsOf(spec).map((entry) => entry.code))].sort())
    }
    expect(codesIn(documented().find((entry) => entry.operation.operationId === 'searchDisputes')!.operation)).toEqual(
      expect.arrayContaining(['P0401', 'P0498', 'P0900', 'P0920']),
    )
  })

  it('documents the 401 of a key-checked operation and the 415 of one that takes a JSON body', () => {
    const create = documented().find((entry) => entry.operation.operationId === 'createPayment')!.operation
    const get = documented().find((entry) => entry.operation.operationId === 'getPayment')!.operation
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '415', '422', '429', '500']))
    expect(Object.keys(get.responses)).not.toContain('415')
    expect(get.responses['401']?.description).toMatch(/missing, malformed, revoked or unknown/)
  })

  it('gives the disputes search its `links` key and an empty first page as its example', () => {
    const search = documented().find((entry) => entry.operation.operationId === 'searchDisputes')!.operation
    expect(search.responses['200']?.content?.['application/json']?.example).toMatchObject({ total: 0, results: [], links: { self: {} } })
    expect(payApiDocument.components.schemas.DisputeSearchResults?.properties).toHaveProperty('links')
  })

  it('documents the reproduced quirks, the live-only https rule and how next_url_post works here', () => {
    const text = openApiJson()
    expect(text).toMatch(/Must begin with https:\/\/ for a live gateway account/)
    expect(text).toMatch(/next_url_post` works too: the playground’s service worker takes the form post/)
    expect(text).toMatch(/202 with the refund in the body/)
    expect(text).toMatch(/capturable cannot be searched/)
    expect(text).toMatch(/card_brand is accepted and ignored/)
    expect(text).toMatch(/both exclusive/)
    expect(text).toMatch(/fresh next_url/)
  })
})
