// Shape checks for what storage schema 6 added to an export (format version 4): the recurring
// payments and disputes tables, and the optional fields services and payments gained. Fields a
// record of an older file lacks are optional here, so those records stay valid.
import { AGREEMENT_STATUSES, PAYMENT_INSTRUMENT_STATUSES } from '../model/recurring-types.ts'
import { DISPUTE_REASONS, DISPUTE_STATUSES } from '../model/dispute-types.ts'
import {
  bool,
  type Check,
  type FieldRule,
  listOf,
  nonEmptyText,
  objectWith,
  oneOf,
  optional,
  required,
  text,
  time,
  wholeNumber,
} from './export-field-checks.ts'

const MAX_AMOUNT = 10_000_000
const fee = optional(wholeNumber(0, 100_000))

/** The service settings added with schema 6: a service exported before has none of them. */
export const RECURRING_SETTINGS: Record<string, FieldRule> = {
  recurringPayments: optional(bool),
  authorisationApi: optional(bool),
  blockPrepaidCards: optional(bool),
  corporateCreditCardSurcharge: fee,
  corporateDebitCardSurcharge: fee,
  corporatePrepaidDebitCardSurcharge: fee,
  motoMaskCardNumber: optional(bool),
  motoMaskSecurityCode: optional(bool),
}

/** The payment fields added with schema 6. */
export const RECURRING_PAYMENT_FIELDS: Record<string, FieldRule> = {
  authorisationMode: optional(oneOf('web', 'moto_api', 'agreement')),
  agreementId: optional(nonEmptyText),
  agreementPaymentType: optional(oneOf('instalment', 'recurring', 'unscheduled')),
  setUpAgreement: optional(bool),
  paymentInstrumentId: optional(nonEmptyText),
  canRetry: optional(bool),
  corporateSurcharge: optional(wholeNumber(1, 100_000)),
  authorisesAt: optional(time),
  idempotencyKey: optional(nonEmptyText),
  idempotencyFingerprint: optional(text),
  disputeStatus: optional(oneOf(...DISPUTE_STATUSES)),
}

/** The records of the tables schema 6 added, given the card details check the payments use. */
export function recurringTableRules(cardDetails: Check): Record<'agreements' | 'paymentInstruments' | 'disputes', Record<string, FieldRule>> {
  return {
    agreements: {
      id: required(nonEmptyText),
      serviceId: required(nonEmptyText),
      reference: required(nonEmptyText),
      referenceKey: required(text),
      description: required(nonEmptyText),
      userIdentifier: optional(nonEmptyText),
      status: required(oneOf(...AGREEMENT_STATUSES)),
      createdAt: required(time),
      updatedAt: required(time),
      cancelledAt: optional(time),
    },
    paymentInstruments: {
      id: required(nonEmptyText),
      serviceId: required(nonEmptyText),
      agreementId: required(nonEmptyText),
      paymentId: required(nonEmptyText),
      status: required(oneOf(...PAYMENT_INSTRUMENT_STATUSES)),
      createdAt: required(time),
      cardDetails: required(cardDetails),
    },
    disputes: {
      id: required(nonEmptyText),
      serviceId: required(nonEmptyText),
      paymentId: required(nonEmptyText),
      amount: required(wholeNumber(1, MAX_AMOUNT + 100_000)),
      reason: required(oneOf(...DISPUTE_REASONS)),
      status: required(oneOf(...DISPUTE_STATUSES)),
      createdAt: required(time),
      evidenceDueAt: required(time),
      fee: optional(wholeNumber(0, 100_000)),
      netAmount: optional(wholeNumber(-(MAX_AMOUNT + 200_000), 0)),
      history: required(listOf(objectWith({ status: required(oneOf(...DISPUTE_STATUSES)), at: required(time) }))),
    },
  }
}
