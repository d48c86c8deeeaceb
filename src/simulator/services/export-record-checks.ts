// Shape checks for the records of an export file, one table at a time: each field a record of that
// table may have, whether it must be there, and what its value must be. A problem is reported as
// a short phrase ("must be a whole number") that the importer puts into a full sentence. Format
// version 2 keeps status histories in the records; version 1 kept them in an `events` table.
// Version 3 adds the webhooks tables (their rules: export-webhook-checks.ts).
import type { InternalStatus } from '../model/payment-status.ts'
import {
  bool,
  checkFields,
  type FieldRule,
  isObject,
  listOf,
  metadata,
  nonEmptyText,
  nullable,
  objectWith,
  oneOf,
  optional,
  required,
  text,
  textMatching,
  time,
  wholeNumber,
} from './export-field-checks.ts'
import type { TableName, V1TableName } from './export-format.ts'
import { RECURRING_PAYMENT_FIELDS, RECURRING_SETTINGS, recurringTableRules } from './export-recurring-checks.ts'
import { WEBHOOK_TABLE_RULES } from './export-webhook-checks.ts'

export const INTERNAL_STATUSES: readonly InternalStatus[] = [
  'CREATED',
  'ENTERING CARD DETAILS',
  'AUTHORISATION READY',
  'AUTHORISATION SUCCESS',
  'AUTHORISATION REJECTED',
  'AUTHORISATION ERROR',
  'AWAITING CAPTURE REQUEST',
  'CAPTURE APPROVED',
  'CAPTURE READY',
  'CAPTURED',
  'EXPIRE CANCEL READY',
  'EXPIRED',
  'USER CANCEL READY',
  'USER CANCELLED',
  'SYSTEM CANCEL READY',
  'SYSTEM CANCELLED',
  'AUTHORISATION USER NOT PRESENT QUEUED',
  'CAPTURE QUEUED',
]
const REFUND_STATUSES = ['submitted', 'success', 'error'] as const

const billingAddress = objectWith({
  line1: optional(text),
  line2: optional(text),
  postcode: optional(text),
  city: optional(text),
  country: optional(text),
})

const cardDetails = objectWith({
  lastDigits: required(nullable(textMatching(/^\d{4}$/, '4 digits'))),
  firstDigits: required(nullable(textMatching(/^\d{6}$/, '6 digits'))),
  cardholderName: required(nullable(text)),
  expiryDate: required(nullable(textMatching(/^\d\d\/\d\d$/, 'a date written MM/YY'))),
  billingAddress: required(nullable(billingAddress)),
  brandLabel: required(text),
  cardType: required(oneOf('credit', 'debit', null)),
})

const historyOf = (statuses: readonly string[]) =>
  required(listOf(objectWith({ status: required(oneOf(...statuses)), at: required(time) })))

/** The records of format version 3 (storage schema 4); a version-2 file's records pass them too. */
export const TABLE_RULES: Record<TableName, Record<string, FieldRule>> = {
  services: {
    id: required(nonEmptyText),
    name: required(nonEmptyText),
    createdAt: required(time),
    settings: required(
      objectWith({
        emailCollectionMode: required(oneOf('MANDATORY', 'OPTIONAL', 'OFF')),
        collectBillingAddress: required(bool),
        defaultBillingAddressCountry: required(text),
        acceptedCardTypes: required(
          listOf(objectWith({ brand: required(nonEmptyText), type: required(oneOf('DEBIT', 'CREDIT')) })),
        ),
        delayedCapture: required(bool),
        moto: required(bool),
        // Added with the Welsh payment pages: exports made before have neither.
        welshName: optional(text),
        redirectToServiceImmediatelyOnTerminalState: optional(bool),
        ...RECURRING_SETTINGS,
      }),
    ),
  },
  apiKeys: {
    id: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    name: required(nonEmptyText),
    hash: required(textMatching(/^[0-9a-f]{64}$/, 'a SHA-256 fingerprint (64 hexadecimal characters)')),
    createdAt: required(time),
    lastUsedAt: optional(time),
    revokedAt: optional(time),
  },
  payments: {
    id: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    amount: required(wholeNumber(0, 10_000_000)),
    description: required(text),
    reference: required(text),
    referenceKey: required(text),
    email: optional(text),
    language: required(oneOf('en', 'cy')),
    returnUrl: required(text),
    delayedCapture: required(bool),
    moto: required(bool),
    metadata: optional(metadata),
    status: required(oneOf(...INTERNAL_STATUSES)),
    state: required(oneOf('created', 'started', 'submitted', 'capturable', 'success', 'failed', 'cancelled', 'error')),
    createdAt: required(time),
    updatedAt: required(time),
    expiresAt: optional(time),
    cardDetails: optional(cardDetails),
    lastDigits: optional(textMatching(/^\d{4}$/, '4 digits')),
    firstDigits: optional(textMatching(/^\d{6}$/, '6 digits')),
    providerId: optional(text),
    captureSubmitTime: optional(time),
    capturedDate: optional(textMatching(/^\d{4}-\d\d-\d\d$/, 'a date written YYYY-MM-DD')),
    refundedAmount: required(wholeNumber(0, 10_100_000)),
    history: historyOf(INTERNAL_STATUSES),
    ...RECURRING_PAYMENT_FIELDS,
  },
  refunds: {
    id: required(nonEmptyText),
    paymentId: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    amount: required(wholeNumber(1, 10_100_000)),
    status: required(oneOf(...REFUND_STATUSES)),
    createdAt: required(time),
    history: historyOf(REFUND_STATUSES),
  },
  tokens: {
    token: required(nonEmptyText),
    paymentId: required(nonEmptyText),
    createdAt: required(time),
    used: required(bool),
  },
  meta: {
    key: required(nonEmptyText),
    value: optional(() => undefined),
  },
  ...WEBHOOK_TABLE_RULES,
  ...recurringTableRules(cardDetails),
}

const withoutHistory = ({ history: _history, ...rules }: Record<string, FieldRule>) => rules

/** The records of format version 1 (storage schema version 1): histories in `events` rows. */
export const V1_TABLE_RULES: Record<V1TableName, Record<string, FieldRule>> = {
  ...TABLE_RULES,
  payments: withoutHistory(TABLE_RULES.payments),
  refunds: withoutHistory(TABLE_RULES.refunds),
  events: {
    seq: required(wholeNumber(1)),
    paymentId: required(nonEmptyText),
    kind: required(oneOf('payment', 'refund')),
    status: required(oneOf(...INTERNAL_STATUSES, ...REFUND_STATUSES)),
    refundId: optional(nonEmptyText),
    amount: optional(wholeNumber(1, 10_000_000)),
    at: required(time),
  },
}

/** What is wrong with a record by `rules`, or undefined. */
export function checkRecord(rules: Record<string, FieldRule>, record: unknown): string | undefined {
  if (!isObject(record)) return 'it is not an object'
  return checkFields(record, rules)
}
