// Internal payment statuses and the external `state` each one shows through the API
// (pay-api-contract.md §6.1 and §6.2).

export type InternalStatus =
  | 'CREATED'
  | 'ENTERING CARD DETAILS'
  | 'AUTHORISATION READY'
  | 'AUTHORISATION SUCCESS'
  | 'AUTHORISATION REJECTED'
  | 'AUTHORISATION ERROR'
  | 'AWAITING CAPTURE REQUEST'
  | 'CAPTURE APPROVED'
  | 'CAPTURE READY'
  | 'CAPTURED'
  | 'EXPIRE CANCEL READY'
  | 'EXPIRED'
  | 'USER CANCEL READY'
  | 'USER CANCELLED'
  | 'SYSTEM CANCEL READY'
  | 'SYSTEM CANCELLED'
  // An agreement payment waiting to be authorised with the saved card (the user is not present).
  | 'AUTHORISATION USER NOT PRESENT QUEUED'
  // A payment authorised through the API (agreement or moto_api) on its way to capture.
  | 'CAPTURE QUEUED'

export type ExternalStatus =
  | 'created'
  | 'started'
  | 'submitted'
  | 'capturable'
  | 'success'
  | 'failed'
  | 'cancelled'
  | 'error'

export interface ExternalState {
  status: ExternalStatus
  finished: boolean
  code?: string
  message?: string
  /** Agreement payments only, once declined: whether another payment may be taken with the agreement. */
  can_retry?: boolean
}

const CREATED: ExternalState = { status: 'created', finished: false }
const STARTED: ExternalState = { status: 'started', finished: false }
const SUBMITTED: ExternalState = { status: 'submitted', finished: false }
const CAPTURABLE: ExternalState = { status: 'capturable', finished: false }
const SUCCESS: ExternalState = { status: 'success', finished: true }
const REJECTED: ExternalState = { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }
const EXPIRED: ExternalState = { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' }
const USER_CANCELLED: ExternalState = {
  status: 'failed',
  finished: true,
  code: 'P0030',
  message: 'Payment was cancelled by the user',
}
const SYSTEM_CANCELLED: ExternalState = {
  status: 'cancelled',
  finished: true,
  code: 'P0040',
  message: 'Payment was cancelled by the service',
}
const ERROR: ExternalState = { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' }

const EXTERNAL: Record<InternalStatus, ExternalState> = {
  CREATED: CREATED,
  'ENTERING CARD DETAILS': STARTED,
  'AUTHORISATION READY': STARTED,
  'AUTHORISATION SUCCESS': SUBMITTED,
  'AUTHORISATION REJECTED': REJECTED,
  'AUTHORISATION ERROR': ERROR,
  'AWAITING CAPTURE REQUEST': CAPTURABLE,
  'CAPTURE APPROVED': SUCCESS,
  'CAPTURE READY': SUCCESS,
  CAPTURED: SUCCESS,
  'EXPIRE CANCEL READY': EXPIRED,
  EXPIRED: EXPIRED,
  'USER CANCEL READY': USER_CANCELLED,
  'USER CANCELLED': USER_CANCELLED,
  'SYSTEM CANCEL READY': SYSTEM_CANCELLED,
  'SYSTEM CANCELLED': SYSTEM_CANCELLED,
  'AUTHORISATION USER NOT PRESENT QUEUED': STARTED,
  'CAPTURE QUEUED': SUCCESS,
}

export function externalState(status: InternalStatus): ExternalState {
  return { ...EXTERNAL[status] }
}

/** The external states a search may filter on: every status except `capturable` (§3.3). */
export const SEARCHABLE_STATES: readonly ExternalStatus[] = [
  'created',
  'started',
  'submitted',
  'success',
  'failed',
  'cancelled',
  'error',
]
