// The records of recurring card payments: agreements and the payment instruments (saved cards) that
// set them up. Times are simulator-clock milliseconds.
import type { CardDetailsRecord } from './types.ts'

/** An agreement's status as the API writes it (lower case; the real ledger stores it in capitals). */
export type AgreementStatus = 'created' | 'active' | 'cancelled' | 'inactive'

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['created', 'active', 'cancelled', 'inactive']

export interface AgreementRecord {
  id: string
  serviceId: string
  reference: string
  /** reference lower-cased, for the case-insensitive exact-match index */
  referenceKey: string
  description: string
  userIdentifier?: string
  status: AgreementStatus
  createdAt: number
  updatedAt: number
  /** When it was cancelled; cleared when it is set up again. */
  cancelledAt?: number
}

/** A payment instrument's status (connector's PaymentInstrumentStatus, lower-cased). */
export type PaymentInstrumentStatus = 'created' | 'active' | 'inactive' | 'cancelled'

export const PAYMENT_INSTRUMENT_STATUSES: readonly PaymentInstrumentStatus[] = ['created', 'active', 'inactive', 'cancelled']

/**
 * A card saved by a set-up payment. It is created when the card is authorised and becomes the
 * agreement's active instrument when the payment is confirmed; the agreement shows its newest one.
 */
export interface PaymentInstrumentRecord {
  id: string
  serviceId: string
  agreementId: string
  /** The payment whose card this is. */
  paymentId: string
  status: PaymentInstrumentStatus
  createdAt: number
  cardDetails: CardDetailsRecord
}
