// The simulator's transitions must be edges of the real payment state graph
// (pay-api-contract.md §6.3), and must include every edge the sandbox flows use.
import { describe, expect, it } from 'vitest'
import { externalState, type InternalStatus } from '../../../../src/simulator/model/payment-status.ts'
import {
  API_CANCELLABLE,
  assertTransition,
  canTransition,
  cancellationPath,
  InvalidTransitionError,
} from '../../../../src/simulator/model/state-machine.ts'

// Every internal status the simulator has (the Record type makes this list exhaustive).
const ALL_STATUSES = Object.keys({
  CREATED: 1,
  'ENTERING CARD DETAILS': 1,
  'AUTHORISATION READY': 1,
  'AUTHORISATION SUCCESS': 1,
  'AUTHORISATION REJECTED': 1,
  'AUTHORISATION ERROR': 1,
  'AWAITING CAPTURE REQUEST': 1,
  'CAPTURE APPROVED': 1,
  'CAPTURE READY': 1,
  CAPTURED: 1,
  'EXPIRE CANCEL READY': 1,
  EXPIRED: 1,
  'USER CANCEL READY': 1,
  'USER CANCELLED': 1,
  'SYSTEM CANCEL READY': 1,
  'SYSTEM CANCELLED': 1,
  'AUTHORISATION USER NOT PRESENT QUEUED': 1,
  'CAPTURE QUEUED': 1,
} satisfies Record<InternalStatus, 1>) as InternalStatus[]

// §6.3 (connector PaymentGatewayStateTransitions), restricted to the statuses above.
const REAL_GRAPH: Record<InternalStatus, InternalStatus[]> = {
  CREATED: [
    'EXPIRED',
    'ENTERING CARD DETAILS',
    'SYSTEM CANCELLED',
    'USER CANCELLED',
    'AUTHORISATION REJECTED',
    'AUTHORISATION READY',
    'AUTHORISATION USER NOT PRESENT QUEUED',
  ],
  'AUTHORISATION USER NOT PRESENT QUEUED': ['AUTHORISATION READY'],
  'ENTERING CARD DETAILS': ['EXPIRED', 'AUTHORISATION READY', 'USER CANCELLED', 'SYSTEM CANCELLED'],
  'AUTHORISATION READY': [
    'EXPIRED',
    'AUTHORISATION SUCCESS',
    'AUTHORISATION REJECTED',
    'AUTHORISATION ERROR',
    'USER CANCELLED',
  ],
  'AUTHORISATION SUCCESS': [
    'CAPTURE APPROVED',
    'CAPTURE READY',
    'CAPTURE QUEUED',
    'SYSTEM CANCEL READY',
    'USER CANCEL READY',
    'EXPIRE CANCEL READY',
    'AWAITING CAPTURE REQUEST',
  ],
  'AWAITING CAPTURE REQUEST': ['CAPTURE APPROVED', 'SYSTEM CANCEL READY', 'EXPIRE CANCEL READY'],
  'CAPTURE APPROVED': ['CAPTURE READY'],
  'CAPTURE QUEUED': ['CAPTURE READY'],
  'CAPTURE READY': ['CAPTURED'],
  'EXPIRE CANCEL READY': ['EXPIRED'],
  'USER CANCEL READY': ['USER CANCELLED'],
  'SYSTEM CANCEL READY': ['SYSTEM CANCELLED'],
  'AUTHORISATION REJECTED': [],
  'AUTHORISATION ERROR': [],
  CAPTURED: [],
  EXPIRED: [],
  'USER CANCELLED': [],
  'SYSTEM CANCELLED': [],
}

// The edges the simulator's flows walk: hosted pages, API cancel and capture, expiry.
const USED_EDGES: Array<[InternalStatus, InternalStatus]> = [
  ['CREATED', 'ENTERING CARD DETAILS'],
  ['CREATED', 'SYSTEM CANCELLED'],
  ['CREATED', 'USER CANCELLED'],
  ['CREATED', 'EXPIRED'],
  ['ENTERING CARD DETAILS', 'AUTHORISATION READY'],
  ['ENTERING CARD DETAILS', 'SYSTEM CANCELLED'],
  ['ENTERING CARD DETAILS', 'USER CANCELLED'],
  ['ENTERING CARD DETAILS', 'EXPIRED'],
  ['AUTHORISATION READY', 'AUTHORISATION SUCCESS'],
  ['AUTHORISATION READY', 'AUTHORISATION REJECTED'],
  ['AUTHORISATION READY', 'AUTHORISATION ERROR'],
  ['AUTHORISATION SUCCESS', 'CAPTURE APPROVED'],
  ['AUTHORISATION SUCCESS', 'AWAITING CAPTURE REQUEST'],
  ['AUTHORISATION SUCCESS', 'SYSTEM CANCEL READY'],
  ['AUTHORISATION SUCCESS', 'USER CANCEL READY'],
  ['AUTHORISATION SUCCESS', 'EXPIRE CANCEL READY'],
  ['AWAITING CAPTURE REQUEST', 'CAPTURE APPROVED'],
  ['AWAITING CAPTURE REQUEST', 'SYSTEM CANCEL READY'],
  ['AWAITING CAPTURE REQUEST', 'EXPIRE CANCEL READY'],
  ['CAPTURE APPROVED', 'CAPTURE READY'],
  ['CAPTURE READY', 'CAPTURED'],
  // Agreement payments (queued, then authorised with the saved card) and MOTO API payments.
  ['CREATED', 'AUTHORISATION USER NOT PRESENT QUEUED'],
  ['AUTHORISATION USER NOT PRESENT QUEUED', 'AUTHORISATION READY'],
  ['CREATED', 'AUTHORISATION READY'],
  ['CREATED', 'AUTHORISATION REJECTED'],
  ['AUTHORISATION SUCCESS', 'CAPTURE QUEUED'],
  ['CAPTURE QUEUED', 'CAPTURE READY'],
  ['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'],
  ['USER CANCEL READY', 'USER CANCELLED'],
  ['EXPIRE CANCEL READY', 'EXPIRED'],
]

const FINAL = ALL_STATUSES.filter((status) => externalState(status).finished && REAL_GRAPH[status].length === 0)

describe('canTransition', () => {
  it.each(USED_EDGES)('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true)
    expect(() => assertTransition(from, to)).not.toThrow()
  })

  it('allows nothing the real graph does not have', () => {
    const extra: string[] = []
    for (const from of ALL_STATUSES) {
      for (const to of ALL_STATUSES) {
        if (canTransition(from, to) && !REAL_GRAPH[from].includes(to)) extra.push(`${from} -> ${to}`)
      }
    }
    expect(extra).toEqual([])
  })

  it('has no capture shortcut: CAPTURE APPROVED goes through CAPTURE READY (§6.3)', () => {
    expect(canTransition('CAPTURE APPROVED', 'CAPTURED')).toBe(false)
  })

  it('never lets a status move to itself', () => {
    for (const status of ALL_STATUSES) expect(canTransition(status, status)).toBe(false)
  })

  it.each(FINAL)('lets nothing leave the final status %s', (from) => {
    for (const to of ALL_STATUSES) expect(canTransition(from, to)).toBe(false)
  })

  it('treats every finished status except the READY steps as final', () => {
    expect(FINAL.sort()).toEqual(
      [
        'AUTHORISATION ERROR',
        'AUTHORISATION REJECTED',
        'CAPTURED',
        'EXPIRED',
        'SYSTEM CANCELLED',
        'USER CANCELLED',
      ].sort(),
    )
  })
})

describe('assertTransition', () => {
  const refused: Array<[InternalStatus, InternalStatus]> = [
    ['CREATED', 'CAPTURED'],
    ['CREATED', 'AUTHORISATION SUCCESS'],
    ['CREATED', 'AWAITING CAPTURE REQUEST'],
    ['ENTERING CARD DETAILS', 'AUTHORISATION SUCCESS'],
    ['AUTHORISATION REJECTED', 'AUTHORISATION READY'],
    ['AUTHORISATION REJECTED', 'AUTHORISATION SUCCESS'],
    ['AUTHORISATION REJECTED', 'EXPIRED'],
    ['CAPTURED', 'SYSTEM CANCELLED'],
    ['CAPTURED', 'CREATED'],
    ['AWAITING CAPTURE REQUEST', 'USER CANCEL READY'],
    ['AWAITING CAPTURE REQUEST', 'CAPTURED'],
    // connector has no AUTHORISATION_READY -> SYSTEM_CANCELLED edge (§4.1)
    ['AUTHORISATION READY', 'SYSTEM CANCELLED'],
    ['EXPIRED', 'CREATED'],
    ['SYSTEM CANCELLED', 'SYSTEM CANCELLED'],
  ]

  it.each(refused)('refuses %s -> %s with InvalidTransitionError', (from, to) => {
    expect(canTransition(from, to)).toBe(false)
    let thrown: unknown
    try {
      assertTransition(from, to)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InvalidTransitionError)
    const error = thrown as InvalidTransitionError
    expect(error.from).toBe(from)
    expect(error.to).toBe(to)
    expect(error.name).toBe('InvalidTransitionError')
    expect(error.message).toBe(`A payment cannot move from ${from} to ${to}`)
  })
})

describe('API_CANCELLABLE', () => {
  it("is connector's ExpirableChargeStatus list, within the simulator's statuses (§4.1)", () => {
    expect([...API_CANCELLABLE].sort()).toEqual(
      ['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION SUCCESS', 'AWAITING CAPTURE REQUEST'].sort(),
    )
  })

  it('covers exactly the external states created, started, submitted and capturable', () => {
    const external = new Set(API_CANCELLABLE.map((status) => externalState(status).status))
    expect([...external].sort()).toEqual(['capturable', 'created', 'started', 'submitted'])
  })
})

describe('cancellationPath', () => {
  const cases: Array<[InternalStatus, 'system' | 'user' | 'expire', InternalStatus[], string]> = [
    ['CREATED', 'system', ['SYSTEM CANCELLED'], 'P0040'],
    ['ENTERING CARD DETAILS', 'system', ['SYSTEM CANCELLED'], 'P0040'],
    ['AUTHORISATION SUCCESS', 'system', ['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'], 'P0040'],
    ['AWAITING CAPTURE REQUEST', 'system', ['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'], 'P0040'],
    ['CREATED', 'user', ['USER CANCELLED'], 'P0030'],
    ['ENTERING CARD DETAILS', 'user', ['USER CANCELLED'], 'P0030'],
    ['AUTHORISATION READY', 'user', ['USER CANCELLED'], 'P0030'],
    ['AUTHORISATION SUCCESS', 'user', ['USER CANCEL READY', 'USER CANCELLED'], 'P0030'],
    ['CREATED', 'expire', ['EXPIRED'], 'P0020'],
    ['ENTERING CARD DETAILS', 'expire', ['EXPIRED'], 'P0020'],
    ['AUTHORISATION READY', 'expire', ['EXPIRED'], 'P0020'],
    ['AUTHORISATION SUCCESS', 'expire', ['EXPIRE CANCEL READY', 'EXPIRED'], 'P0020'],
    ['AWAITING CAPTURE REQUEST', 'expire', ['EXPIRE CANCEL READY', 'EXPIRED'], 'P0020'],
  ]

  it.each(cases)('%s, %s cancel: %j ending with %s', (from, kind, path, code) => {
    expect(cancellationPath(from, kind)).toEqual(path)
    let at = from
    for (const to of path) {
      expect(canTransition(at, to)).toBe(true)
      at = to
    }
    expect(externalState(at).code).toBe(code)
    expect(externalState(at).finished).toBe(true)
  })
})
