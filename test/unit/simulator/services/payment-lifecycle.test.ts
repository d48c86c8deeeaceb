// Moving a payment through the state machine: every step checked first, recorded in the payment's
// history, and the derived fields (external state, expiry) kept in step (pay-api-contract.md §6.3, §6.4).
import { describe, expect, it } from 'vitest'
import type { InternalStatus } from '../../../../src/simulator/model/payment-status.ts'
import { InvalidTransitionError } from '../../../../src/simulator/model/state-machine.ts'
import type { PaymentRecord } from '../../../../src/simulator/model/types.ts'
import {
  advance,
  CAPTURABLE_EXPIRY_MS,
  cancel,
  expireIfDue,
  expiryFor,
  UNFINISHED_EXPIRY_MS,
} from '../../../../src/simulator/services/payment-lifecycle.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

const CREATED_AT = Date.UTC(2026, 2, 1, 9, 0, 0)
const MINUTE = 60_000

function payment(status: InternalStatus = 'CREATED', extra: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    id: 'p'.padEnd(26, '0'),
    serviceId: 's'.padEnd(26, '0'),
    amount: 1000,
    description: 'd',
    reference: 'r',
    referenceKey: 'r',
    language: 'en',
    returnUrl: 'https://example.service.gov.uk/done',
    delayedCapture: false,
    moto: false,
    status,
    state: 'created',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    expiresAt: CREATED_AT + UNFINISHED_EXPIRY_MS,
    refundedAmount: 0,
    history: [{ status, at: CREATED_AT }],
    ...extra,
  }
}

/** The steps recorded after the fixture's first one. */
const newSteps = (p: PaymentRecord) => p.history.slice(1)

describe('expiry times', () => {
  it('are 90 minutes (5400 s) for an unfinished payment and 120 hours (432000 s) for a capturable one', () => {
    expect(UNFINISHED_EXPIRY_MS).toBe(5400 * 1000)
    expect(CAPTURABLE_EXPIRY_MS).toBe(432000 * 1000)
  })

  it.each(['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION SUCCESS'] as InternalStatus[])(
    'count 90 minutes from creation in %s',
    (status) => {
      expect(expiryFor({ createdAt: CREATED_AT }, status)).toBe(CREATED_AT + 90 * MINUTE)
    },
  )

  it('count 5 days from creation for a payment awaiting capture', () => {
    expect(expiryFor({ createdAt: CREATED_AT }, 'AWAITING CAPTURE REQUEST')).toBe(CREATED_AT + 5 * 24 * 60 * MINUTE)
  })

  it.each([
    'CAPTURE APPROVED',
    'CAPTURE READY',
    'CAPTURED',
    'AUTHORISATION REJECTED',
    'AUTHORISATION ERROR',
    'EXPIRED',
    'USER CANCELLED',
    'SYSTEM CANCELLED',
    'SYSTEM CANCEL READY',
  ] as InternalStatus[])('do not apply in %s', (status) => {
    expect(expiryFor({ createdAt: CREATED_AT }, status)).toBeUndefined()
  })
})

describe('advance', () => {
  it('applies each status in turn and records each step in the history, at the given time', async () => {
    const p = payment()
    const at = CREATED_AT + 10 * MINUTE
    await advance(p, ['ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION SUCCESS'], at)
    expect(p.status).toBe('AUTHORISATION SUCCESS')
    expect(p.state).toBe('submitted')
    expect(p.updatedAt).toBe(at)
    expect(p.expiresAt).toBe(CREATED_AT + UNFINISHED_EXPIRY_MS)
    expect(p.history).toEqual([
      { status: 'CREATED', at: CREATED_AT },
      { status: 'ENTERING CARD DETAILS', at },
      { status: 'AUTHORISATION READY', at },
      { status: 'AUTHORISATION SUCCESS', at },
    ])
    // Nothing is written: the caller saves the payment, history and all.
    expect(await sim.db().payments.count()).toBe(0)
  })

  it('moves the expiry to 5 days when the payment starts waiting for capture', async () => {
    const p = payment('AUTHORISATION SUCCESS', { state: 'submitted' })
    await advance(p, ['AWAITING CAPTURE REQUEST'], CREATED_AT + MINUTE)
    expect(p.state).toBe('capturable')
    expect(p.expiresAt).toBe(CREATED_AT + CAPTURABLE_EXPIRY_MS)
  })

  it('removes the expiry once the payment cannot expire', async () => {
    const p = payment('AUTHORISATION SUCCESS', { state: 'submitted' })
    await advance(p, ['CAPTURE APPROVED', 'CAPTURE READY', 'CAPTURED'], CREATED_AT + MINUTE)
    expect(p.state).toBe('success')
    expect('expiresAt' in p).toBe(false)
  })

  it.each<[InternalStatus, InternalStatus[]]>([
    ['CAPTURED', ['SYSTEM CANCELLED']],
    ['CAPTURED', ['CAPTURE APPROVED']],
    ['CREATED', ['CAPTURED']],
    ['CREATED', ['AUTHORISATION SUCCESS']],
    ['AUTHORISATION REJECTED', ['AUTHORISATION READY', 'AUTHORISATION SUCCESS']],
    ['AUTHORISATION SUCCESS', ['CAPTURE APPROVED', 'CAPTURED']],
    // the first step is allowed, the second is not: nothing at all may change
    ['CREATED', ['ENTERING CARD DETAILS', 'AUTHORISATION SUCCESS']],
    ['ENTERING CARD DETAILS', ['AUTHORISATION READY', 'AUTHORISATION SUCCESS', 'CAPTURED']],
  ])('refuses %s -> %j and changes nothing', async (from, statuses) => {
    const p = payment(from, { state: 'created' })
    const before = structuredClone(p)
    await expect(advance(p, statuses, CREATED_AT + MINUTE)).rejects.toBeInstanceOf(InvalidTransitionError)
    expect(p).toStrictEqual(before)
  })
})

describe('cancel', () => {
  it('cancels an authorised payment at the provider first (SYSTEM CANCEL READY), ending cancelled P0040', async () => {
    const p = payment('AUTHORISATION SUCCESS', { state: 'submitted' })
    await cancel(p, 'system', CREATED_AT + MINUTE)
    expect(p.status).toBe('SYSTEM CANCELLED')
    expect(p.state).toBe('cancelled')
    expect('expiresAt' in p).toBe(false)
    expect(newSteps(p).map((e) => e.status)).toEqual(['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'])
  })

  it('moves a new payment straight to USER CANCELLED on a user cancel', async () => {
    const p = payment()
    await cancel(p, 'user', CREATED_AT + MINUTE)
    expect(p.status).toBe('USER CANCELLED')
    expect(p.state).toBe('failed')
  })

  it('refuses to cancel a captured payment, changing nothing', async () => {
    const p = payment('CAPTURED', { state: 'success' })
    const before = structuredClone(p)
    await expect(cancel(p, 'system', CREATED_AT)).rejects.toBeInstanceOf(InvalidTransitionError)
    expect(p).toStrictEqual(before)
  })
})

describe('expireIfDue', () => {
  it('leaves a payment whose time has not come', async () => {
    const p = payment()
    expect(await expireIfDue(p, CREATED_AT + 90 * MINUTE - 1)).toBe(false)
    expect(p.status).toBe('CREATED')
    expect(newSteps(p)).toEqual([])
  })

  it('expires a payment at its expiry time and saves it', async () => {
    const p = payment()
    await sim.db().payments.add(structuredClone(p))
    expect(await expireIfDue(p, CREATED_AT + 90 * MINUTE)).toBe(true)
    expect(p.status).toBe('EXPIRED')
    expect(p.state).toBe('failed')
    expect((await sim.db().payments.get(p.id))?.status).toBe('EXPIRED')
  })

  it('expires an authorised payment through EXPIRE CANCEL READY', async () => {
    const p = payment('AUTHORISATION SUCCESS', { state: 'submitted' })
    await sim.db().payments.add(structuredClone(p))
    expect(await expireIfDue(p, CREATED_AT + 91 * MINUTE)).toBe(true)
    const stored = await sim.db().payments.get(p.id)
    expect(newSteps(stored!)).toEqual([
      { status: 'EXPIRE CANCEL READY', at: CREATED_AT + 91 * MINUTE },
      { status: 'EXPIRED', at: CREATED_AT + 91 * MINUTE },
    ])
  })

  it('never expires a payment without an expiry time', async () => {
    const p = payment('CAPTURED', { state: 'success' })
    delete p.expiresAt
    expect(await expireIfDue(p, CREATED_AT + 365 * 24 * 60 * MINUTE)).toBe(false)
    expect(p.status).toBe('CAPTURED')
  })
})
