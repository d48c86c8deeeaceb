// The "Raise a dispute" form's answers, checked: which payment (one of the recent ones listed, or
// one typed by its ID) and the reason. Errors name the field they belong to.
import { DISPUTE_REASONS, type DisputeReason } from '../../../simulator/model/dispute-types.ts'

export const PAYMENT_CHOICE_ID = 'dispute-payment'
export const PAYMENT_ID_FIELD = 'dispute-payment-id'
export const REASON_FIELD = 'dispute-reason'
/** The radio for "a payment not listed": its ID is typed instead. */
export const OTHER_PAYMENT = 'other'

export interface RaiseDisputeFields {
  /** The chosen radio: a payment ID or OTHER_PAYMENT; undefined when none is chosen (or none is listed). */
  choice: string | undefined
  typedId: string
  reason: string
}

export type RaiseDisputeAnswer = { ok: true; paymentId: string; reason: DisputeReason } | { ok: false; fieldId: string; error: string }

/** `listed`: whether recent payments are offered as radios (otherwise only the ID field shows). */
export function readRaiseDispute(fields: RaiseDisputeFields, listed: boolean): RaiseDisputeAnswer {
  const reason = DISPUTE_REASONS.find((known) => known === fields.reason)
  if (listed && fields.choice === undefined) return { ok: false, fieldId: PAYMENT_CHOICE_ID, error: 'Choose the payment to dispute' }
  const typing = !listed || fields.choice === OTHER_PAYMENT
  const paymentId = typing ? fields.typedId.trim() : (fields.choice ?? '')
  if (paymentId === '') return { ok: false, fieldId: PAYMENT_ID_FIELD, error: 'Enter the payment ID of a successful payment' }
  if (!reason) return { ok: false, fieldId: REASON_FIELD, error: 'Choose the reason for the dispute' }
  return { ok: true, paymentId, reason }
}

/** Which field a refusal from the simulator belongs to: the typed ID, or the radios. */
export const paymentFieldOf = (fields: RaiseDisputeFields, listed: boolean): string =>
  !listed || fields.choice === OTHER_PAYMENT ? PAYMENT_ID_FIELD : PAYMENT_CHOICE_ID
