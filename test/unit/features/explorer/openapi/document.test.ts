// The API description validates as OpenAPI 3, and covers exactly the operations the simulator serves.
import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { openApiJson, payApiDocument } from '../../../../../src/features/explorer/openapi/document.ts'
import { ERROR_CODES } from '../../../../../src/features/explorer/openapi/error-catalogue.ts'
import { API_ROUTES } from '../../../../../src/simulator/http/routes/index.ts'

const documentOperations = () =>
  Object.entries(payApiDocument.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation: operation!.operationId })),
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
    const served = API_ROUTES.map((route) => ({
      method: route.method,
      path: route.path.replace(/:(\w+)/g, '{$1}'),
      operation: route.operation,
    }))
    const sortKey = (entry: { method: string; path: string }) => `${entry.path} ${entry.method}`
    const sorted = <T extends { method: string; path: string }>(list: T[]) => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
    expect(sorted(documentOperations())).toEqual(sorted(served))
  })

  it('lists every error code the simulator can answer with under the operation that answers it', () => {
    const codesIn = (operationId: string) => {
      const operation = documentOperations().find((entry) => entry.operation === operationId)!
      const item = payApiDocument.paths[operation.path]![operation.method.toLowerCase() as 'get' | 'post']!
      return Object.values(item.responses).flatMap((response) =>
        Object.values(response.content ?? {}).flatMap((media) =>
          Object.values(media.examples ?? {}).map((example) => (example.value as { code: string }).code),
        ),
      )
    }
    expect(codesIn('createPayment')).toEqual(expect.arrayContaining(['P0101', 'P0102', 'P0104', 'P0195', 'P0196', 'P0197', 'P0942', 'P0920', 'P0900']))
    expect(codesIn('createRefund')).toEqual(expect.arrayContaining(['P0200', 'P0600', 'P0601', 'P0602', 'P0603', 'P0604', 'P0697']))
    expect(codesIn('searchPayments')).toEqual(expect.arrayContaining(['P0401', 'P0402', 'P0498']))
    expect(codesIn('searchRefunds')).toEqual(expect.arrayContaining(['P1100', 'P1101', 'P1898']))
    expect(codesIn('capturePayment')).toEqual(expect.arrayContaining(['P1000', 'P1003']))
    expect(codesIn('cancelPayment')).toEqual(expect.arrayContaining(['P0500', 'P0501']))
    for (const entry of ERROR_CODES) expect(entry.meaning.length).toBeGreaterThan(10)
  })

  it('documents the reproduced quirks, the live-only https rule and that next_url_post cannot be used here', () => {
    const text = openApiJson()
    expect(text).toMatch(/Must begin with https:\/\/ for a live gateway account/)
    expect(text).toMatch(/next_url_post[^"]*cannot be used/)
    expect(text).toMatch(/202 with the refund in the body/)
    expect(text).toMatch(/capturable cannot be searched/)
    expect(text).toMatch(/card_brand is accepted and ignored/)
    expect(text).toMatch(/both exclusive/)
    expect(text).toMatch(/fresh next_url/)
  })
})
