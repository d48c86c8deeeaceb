// The allowed transitions between internal statuses: the part of the real payment state graph
// (pay-api-contract.md §6.3) that the sandbox provider can reach. Anything else is refused.
import type { InternalStatus } from './payment-status.ts'

const EDGES: Record<InternalStatus, readonly InternalStatus[]> = {
  CREATED: [
    'EXPIRED',
    'ENTERING CARD DETAILS',
    'SYSTEM CANCELLED',
    'USER CANCELLED',
    'AUTHORISATION READY',
    'AUTHORISATION REJECTED',
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

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: InternalStatus,
    readonly to: InternalStatus,
  ) {
    super(`A payment cannot move from ${from} to ${to}`)
    this.name = 'InvalidTransitionError'
  }
}

export function canTransition(from: InternalStatus, to: InternalStatus): boolean {
  return EDGES[from].includes(to)
}

export function assertTransition(from: InternalStatus, to: InternalStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to)
}

/** Statuses the real service lets an API cancel act on (connector's ExpirableChargeStatus). */
export const API_CANCELLABLE: readonly InternalStatus[] = [
  'CREATED',
  'ENTERING CARD DETAILS',
  'AUTHORISATION READY',
  'AUTHORISATION SUCCESS',
  'AWAITING CAPTURE REQUEST',
]

/**
 * The path a cancellation or expiry takes from each status: pre-authorisation payments move
 * straight to the final status; authorised ones are cancelled at the provider first (a READY step).
 */
export function cancellationPath(
  from: InternalStatus,
  kind: 'system' | 'user' | 'expire',
): InternalStatus[] {
  const authorised = from === 'AUTHORISATION SUCCESS' || from === 'AWAITING CAPTURE REQUEST'
  if (kind === 'system') return authorised ? ['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'] : ['SYSTEM CANCELLED']
  if (kind === 'user') return authorised ? ['USER CANCEL READY', 'USER CANCELLED'] : ['USER CANCELLED']
  return authorised ? ['EXPIRE CANCEL READY', 'EXPIRED'] : ['EXPIRED']
}
