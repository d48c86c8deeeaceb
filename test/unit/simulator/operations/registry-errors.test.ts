// The operation registry and the simulator, held to each other both ways. Every error case the
// registry lists is produced by a request here, and the answer is that very case (so the explorer,
// which explains an answer by the case it matches, names its real cause). The other way round,
// test/setup-*.ts fails any test in which the API answers an error the registry does not describe.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFaultInjection } from '../../../../src/simulator/http/fault-injection.ts'
import { OTHER_LIMIT, POST_LIMIT } from '../../../../src/simulator/http/rate-limiter.ts'
import { errorsOf, roleSpec } from '../../../../src/simulator/operations/errors/build.ts'
import { matchError } from '../../../../src/simulator/operations/errors/match.ts'
import { COMMON_ERRORS, REQUEST_BLOCKED, TOO_MANY_REQUESTS } from '../../../../src/simulator/operations/errors/shared.ts'
import { OPERATIONS, type OperationId } from '../../../../src/simulator/operations/index.ts'
import type { ErrorCodeSpec, ErrorVariant, OperationSpec } from '../../../../src/simulator/operations/operation.ts'
import { setFaultSettings } from '../../../../src/simulator/services/faults.ts'
import { newKey, useSimulator, type ApiResult } from '../../../support/simulator.ts'
import { AGREEMENT_TRIGGERS } from './support/agreement-triggers.ts'
import { CREATE_PAYMENT_TRIGGERS } from './support/create-payment-triggers.ts'
import { AUTHORISE_PAYMENT_TRIGGERS } from './support/moto-triggers.ts'
import { OTHER_TRIGGERS } from './support/other-triggers.ts'
import { type Trigger, triggerKit, UNKNOWN_ID } from './support/trigger-kit.ts'

useSimulator()

interface Case {
  operation: OperationSpec<OperationId>
  spec: ErrorCodeSpec
  variant: ErrorVariant
  name: string
}

const caseName = (variant: ErrorVariant, spec: ErrorCodeSpec) => `${variant.status} ${spec.code} ${variant.description}`

const CASES: Case[] = OPERATIONS.flatMap((operation) =>
  errorsOf(operation).flatMap((spec) =>
    spec.variants
      .filter((variant) => !variant.liveOnly)
      .map((variant) => ({ operation, spec, variant, name: caseName(variant, spec) })),
  ),
)

const TRIGGERS: Record<string, Record<string, Trigger>> = {
  ...OTHER_TRIGGERS,
  ...AGREEMENT_TRIGGERS,
  createPayment: CREATE_PAYMENT_TRIGGERS,
  authorisePayment: AUTHORISE_PAYMENT_TRIGGERS,
}

/** A request each operation accepts, from the registry: its path with an id filled in, and its first example body. */
function plainRequest(operation: OperationSpec): Trigger {
  const path = operation.path.replace(/\{\w+\}/g, UNKNOWN_ID)
  const body = operation.body && Object.values(operation.body.examples)[0]?.value
  return (kit) => kit.call(operation.method, path, body === undefined ? {} : { body })
}

/** The cases every operation has: its downstream error (the code's first case), the rate limit and the firewall. */
function sharedTrigger({ operation, spec, variant }: Case): Trigger | undefined {
  if (spec === roleSpec(operation, 'downstream') && variant === spec.variants[0]) {
    return async (kit) => {
      const uninstall = installFaultInjection()
      try {
        await setFaultSettings({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 }, operation: operation.id, latencyMs: 0 })
        return await plainRequest(operation)(kit)
      } finally {
        uninstall()
      }
    }
  }
  if (spec === TOO_MANY_REQUESTS) {
    return async (kit) => {
      const limit = operation.rateBucket === 'read' ? OTHER_LIMIT : POST_LIMIT
      vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 0, 1, 12) })
      try {
        for (let i = 0; i < limit; i++) await plainRequest(operation)(kit)
        return await plainRequest(operation)(kit)
      } finally {
        vi.useRealTimers()
      }
    }
  }
  if (spec === REQUEST_BLOCKED) {
    return (kit) => kit.call(operation.method, operation.path.replace(/\{\w+\}/g, UNKNOWN_ID), { headers: { Accept: 'text/html' } })
  }
  return undefined
}

const triggerFor = (entry: Case): Trigger | undefined => sharedTrigger(entry) ?? TRIGGERS[entry.operation.id]?.[entry.name]

let key: string
beforeEach(async () => {
  key = await newKey()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the operation registry', () => {
  it('has a request here for every error case it lists, and this file has none for a case it does not list', () => {
    expect(CASES.filter((entry) => !triggerFor(entry)).map((entry) => `${entry.operation.id}: ${entry.name}`)).toEqual([])
    const listed = new Set(CASES.map((entry) => `${entry.operation.id}: ${entry.name}`))
    const written = Object.entries(TRIGGERS).flatMap(([operation, triggers]) => Object.keys(triggers).map((name) => `${operation}: ${name}`))
    expect(written.filter((name) => !listed.has(name))).toEqual([])
  })

  it('gives every operation the errors all operations share, and its own downstream error', () => {
    for (const operation of OPERATIONS) {
      expect(errorsOf(operation), operation.id).toEqual(expect.arrayContaining([...COMMON_ERRORS]))
      expect(roleSpec(operation, 'downstream')?.variants[0]?.status, operation.id).toBe(500)
    }
  })

  it('explains every case with its own cause and the code with its meaning', () => {
    for (const { operation, spec, variant } of CASES) {
      expect(variant.cause.length, `${operation.id} ${spec.code}`).toBeGreaterThan(15)
      expect(spec.meaning.length, `${operation.id} ${spec.code}`).toBeGreaterThan(15)
    }
    const causes = CASES.filter((entry) => entry.operation.id === 'createPayment' && entry.spec.code === 'P0102').map((entry) => entry.variant.cause)
    expect(new Set(causes).size).toBe(causes.length)
  })
})

describe.each(OPERATIONS.map((operation) => [operation.id, operation] as const))('%s', (_id, operation) => {
  const cases = CASES.filter((entry) => entry.operation === operation)
  it.each(cases.map((entry) => [entry.name, entry] as const))('answers %s, and that answer is this case', async (_name, entry) => {
    const trigger = triggerFor(entry)
    expect(trigger, 'a request that produces this case').toBeDefined()
    const result: ApiResult = await trigger!(triggerKit(key))
    expect(result.status).toBe(entry.variant.status)
    const matched = matchError(operation, result.status, result.json)
    expect(matched && caseName(matched.variant, matched.spec), JSON.stringify(result.json)).toBe(entry.name)
    expect(matched?.spec.code).toBe(entry.spec.code)
  })
})

describe('the explanation of an answer', () => {
  it('names the cause of a zero amount, not the cause of one too large', () => {
    const createPayment = OPERATIONS.find((operation) => operation.id === 'createPayment')!
    const zero = matchError(createPayment, 422, {
      field: 'amount',
      code: 'P0102',
      description: 'Invalid attribute value: amount. Must be greater than or equal to 1. Refer to https://docs.payments.service.gov.uk/making_payments/#amount',
    })
    expect(zero?.variant.cause).toMatch(/amount is 0/)
    expect(zero?.variant.cause).not.toMatch(/10000000/)
  })

  it('finds no case for an answer the registry does not describe', () => {
    const getPayment = OPERATIONS.find((operation) => operation.id === 'getPayment')!
    expect(matchError(getPayment, 404, { code: 'P0200', description: 'Gone' })).toBeUndefined()
    expect(matchError(getPayment, 400, { code: 'P0200', description: 'Not found' })).toBeUndefined()
    expect(matchError(getPayment, 404, { code: 'P0201', description: 'Not found' })).toBeUndefined()
  })
})
