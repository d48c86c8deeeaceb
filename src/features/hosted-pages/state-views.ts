// The state enforcer: which page a hosted-page address shows for the payment's current status.
// An address only shows its own form while the payment is in a status that form is for; any other
// status shows the page for that status at the same address (pay-pages-and-admin.md §1.1 and §1.8),
// so the Back button and old links never show a form for a payment that has moved on.
import type { InternalStatus } from '../../simulator/model/payment-status.ts'

/** The hosted-page addresses that show a payment: its one-time link once used, the form, the confirm page. */
export type HostedAddress = 'secure' | 'card-details' | 'confirm'

export type OutcomeView =
  | 'declined'
  | 'technical-problems'
  | 'session-expired'
  | 'user-cancelled'
  | 'service-cancelled'
  | 'success'
  | 'processing'

export type StateView =
  | { kind: 'card-details' }
  | { kind: 'confirm' }
  | { kind: 'in-progress'; continueTo: 'card-details' | 'confirm' }
  | { kind: 'outcome'; outcome: OutcomeView }

const OUTCOMES: Partial<Record<InternalStatus, OutcomeView>> = {
  'AUTHORISATION REJECTED': 'declined',
  'AUTHORISATION ERROR': 'technical-problems',
  EXPIRED: 'session-expired',
  'EXPIRE CANCEL READY': 'session-expired',
  'USER CANCELLED': 'user-cancelled',
  'USER CANCEL READY': 'user-cancelled',
  'SYSTEM CANCELLED': 'service-cancelled',
  'SYSTEM CANCEL READY': 'service-cancelled',
  CAPTURED: 'success',
  'CAPTURE APPROVED': 'success',
  'AWAITING CAPTURE REQUEST': 'success',
  'CAPTURE READY': 'processing',
}

/** An outcome of a finished payment: the pages a service with its own failure pages skips (`processing` is not one). */
export const isTerminal = (outcome: OutcomeView): boolean => outcome !== 'processing'

const FORM_STATUSES: Readonly<Record<'card-details' | 'confirm', readonly InternalStatus[]>> = {
  'card-details': ['CREATED', 'ENTERING CARD DETAILS'],
  confirm: ['AUTHORISATION SUCCESS'],
}

export function viewFor(status: InternalStatus, address: HostedAddress): StateView {
  const outcome = OUTCOMES[status]
  if (outcome) return { kind: 'outcome', outcome }
  if (address !== 'secure' && FORM_STATUSES[address].includes(status)) return { kind: address }
  return { kind: 'in-progress', continueTo: status === 'AUTHORISATION SUCCESS' ? 'confirm' : 'card-details' }
}

/** A short key for a view, to notice when the page on screen changes. */
export const viewKey = (view: StateView): string =>
  view.kind === 'outcome' ? view.outcome : view.kind === 'in-progress' ? `in-progress-${view.continueTo}` : view.kind
