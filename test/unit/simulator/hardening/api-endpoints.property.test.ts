// Property-based tests over every endpoint of the simulated API (API_ROUTES): random JSON of every
// kind, query strings, headers and methods, sent through the real pipeline. Every answer must be
// one the real API could give (status and error code documented for that endpoint, valid JSON where
// JSON is due), nothing may be logged as an unhandled failure, and a refused request must leave
// every table exactly as it was. The case count is printed at the end.
import fc from 'fast-check'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../../../src/simulator/http/routes/index.ts'
import type { Route } from '../../../../src/simulator/http/route.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { OPERATION_CONTRACTS } from './support/contract-responses.ts'
import { buildWorld, fuzzCasesRun, idFrom, outcomes, pathSegment, sendAndCheck, type FuzzRequest, type World } from './support/fuzz-world.ts'
import {
  accept,
  brokenJson,
  contentType,
  createPaymentBody,
  createRefundBody,
  deepNesting,
  headerName,
  headerValue,
  jsonText,
  keyChoice,
  METHODS,
  queryString,
} from './support/request-arbitraries.ts'

/** Cases per endpoint: enough to meet every branch many times, small enough for CI on two cores. */
const RUNS_PER_ENDPOINT = Number(process.env.HARDENING_RUNS ?? 120)
/** A fixed seed, so CI runs the same cases every time; change it to explore further. */
const SEED = Number(process.env.HARDENING_SEED ?? 20260115)

useSimulator()

let world: World
beforeEach(async () => {
  world = await buildWorld()
})

afterAll(() => {
  console.info(`[hardening] API property tests: ${fuzzCasesRun()} generated requests over ${API_ROUTES.length} endpoints and paths it does not serve`)
  if (process.env.HARDENING_OUTCOMES) console.info([...outcomes].sort().map(([key, n]) => `${key}: ${n}`).join('\n'))
})

function bodyFor(route: Route): fc.Arbitrary<string | undefined> {
  const specific = route.spec.id === 'createPayment' ? createPaymentBody : route.spec.id === 'createRefund' ? createRefundBody : undefined
  const anyBody = fc.oneof(jsonText, brokenJson, deepNesting)
  if (route.spec.body && specific) {
    return fc.oneof({ weight: 8, arbitrary: specific }, { weight: 3, arbitrary: anyBody }, { weight: 1, arbitrary: fc.constant(undefined) })
  }
  return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anyBody })
}

function requestFor(route: Route): fc.Arbitrary<FuzzRequest> {
  const segments = route.spec.path.split('/').map((segment) => {
    if (!segment.startsWith('{')) return fc.constant(segment)
    const ids = segment === '{refundId}' ? world.refundIds : world.paymentIds
    return idFrom(ids).map(pathSegment)
  })
  return fc.record({
    method: fc.oneof({ weight: 9, arbitrary: fc.constant(route.spec.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
    path: fc.tuple(...segments).map((parts) => parts.join('/')),
    query: route.spec.method === 'GET' ? queryString : fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryString }),
    key: keyChoice,
    headers: fc.record(
      {
        'Content-Type': contentType,
        Accept: accept,
        'Idempotency-Key': fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.oneof(headerValue, fc.constantFrom('abc-123', 'x'.repeat(256))) },
        ),
        extra: fc.constant(undefined),
      },
      { requiredKeys: ['Content-Type', 'Accept'] },
    ),
    extraHeaders: fc.array(fc.tuple(headerName, headerValue), { maxLength: 2 }),
    body: bodyFor(route),
  }).map(({ extraHeaders, headers, ...request }) => ({
    ...request,
    headers: { ...Object.fromEntries(extraHeaders.filter(([name]) => !/^(authorization|content-length|host|transfer-encoding|connection)$/i.test(name))), ...headers },
  }))
}

describe('every endpoint of the simulated API, given odd input', () => {
  it('has a documented contract for every operation the routes serve', () => {
    for (const route of API_ROUTES) expect(OPERATION_CONTRACTS[route.spec.id], route.spec.id).toBeDefined()
  })

  it('answers a path it does not serve only from the layers in front of the endpoints (firewall, keys, 404/405)', async () => {
    const path = fc
      .tuple(
        fc.constantFrom('', '/v1', '/v1/agreements', '/v1/auth', '/v1/disputes/x', '/v1/transactions', '/v2/payments', '/healthcheck', '/v1/payments/x/y/z'),
        fc.array(fc.oneof(fc.constantFrom('__proto__', '..', '%2e%2e', 'refunds', 'cancel'), fc.string({ minLength: 1, maxLength: 12 })).map(pathSegment), { maxLength: 3 }),
      )
      .map(([start, rest]) => [start, ...rest].join('/') || '/')
    const request = fc.record({
      method: fc.constantFrom(...METHODS),
      path,
      query: queryString,
      key: keyChoice,
      headers: fc.record({ 'Content-Type': contentType, Accept: accept }, { requiredKeys: [] }),
      body: fc.oneof(fc.constant(undefined), jsonText),
    })
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        await sendAndCheck(world, generated)
      }),
      { numRuns: RUNS_PER_ENDPOINT, seed: SEED, endOnFailure: true },
    )
  }, 120_000)

  it.each(API_ROUTES.map((route) => [`${route.spec.method} ${route.spec.path}`, route] as const))(
    '%s answers only as the real API could, and a refused request changes nothing',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async (request) => {
          await sendAndCheck(world, request)
        }),
        { numRuns: RUNS_PER_ENDPOINT, seed: SEED, endOnFailure: true },
      )
    },
    120_000,
  )
})
