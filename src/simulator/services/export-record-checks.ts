// Shape checks for the records of an export file, one table at a time: each field a record of that
// table may have, whether it must be there, and what its value must be. A problem is reported as
// a short phrase ("must be a whole number") that the importer puts into a full sentence.
import type { InternalStatus } from '../model/payment-status.ts'
import { ALL_TABLES } from '../store/database.ts'

export type TableName = (typeof ALL_TABLES)[number]

/** Returns what is wrong with a value, or undefined when it is acceptable. */
type Check = (value: unknown) => string | undefined

interface FieldRule {
  required: boolean
  check: Check
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text: Check = (value) => (typeof value === 'string' ? undefined : 'must be text')
const nonEmptyText: Check = (value) => (typeof value === 'string' && value !== '' ? undefined : 'must be text that is not empty')
const bool: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false')
const time: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a time in milliseconds'
const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `must be a whole number from ${min} to ${max}`
const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value) ? undefined : `must be one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? undefined : check(value)
const textMatching =
  (pattern: RegExp, what: string): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : `must be ${what}`
const objectWith =
  (rules: Record<string, FieldRule>): Check =>
  (value) => {
    if (!isObject(value)) return 'must be an object'
    const problem = checkFields(value, rules)
    return problem && `has a problem: ${problem}`
  }
const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return 'must be a list'
    for (const item of value) {
      const problem = check(item)
      if (problem) return `has an item that ${problem}`
    }
    return undefined
  }
const metadata: Check = (value) => {
  if (!isObject(value)) return 'must be an object'
  const bad = Object.values(value).some((item) => !['string', 'number', 'boolean'].includes(typeof item))
  return bad ? 'must have only text, number or true/false values' : undefined
}

const required = (check: Check): FieldRule => ({ required: true, check })
const optional = (check: Check): FieldRule => ({ required: false, check })

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
    refundedAmount: required(wholeNumber(0, 10_000_000)),
  },
  refunds: {
    id: required(nonEmptyText),
    paymentId: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    amount: required(wholeNumber(1, 10_000_000)),
    status: required(oneOf(...REFUND_STATUSES)),
    createdAt: required(time),
  },
  events: {
    seq: required(wholeNumber(1)),
    paymentId: required(nonEmptyText),
    kind: required(oneOf('payment', 'refund')),
    status: required(oneOf(...INTERNAL_STATUSES, ...REFUND_STATUSES)),
    refundId: optional(nonEmptyText),
    amount: optional(wholeNumber(1, 10_000_000)),
    at: required(time),
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
}

/**
 * The first problem with a record's fields, as "“field” must be …", or undefined. Fields the rules
 * do not name are kept as they are, so an export still imports after a record type gains a field.
 */
export function checkFields(record: Record<string, unknown>, rules: Record<string, FieldRule>): string | undefined {
  for (const [name, rule] of Object.entries(rules)) {
    if (!(name in record) || record[name] === undefined) {
      if (rule.required) return `“${name}” is missing`
      continue
    }
    const problem = rule.check(record[name])
    if (problem) return `“${name}” ${problem}`
  }
  return undefined
}

export function checkRecord(table: TableName, record: unknown): string | undefined {
  if (!isObject(record)) return 'it is not an object'
  return checkFields(record, TABLE_RULES[table])
}
