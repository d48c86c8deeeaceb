// The operation registry: every operation of the simulated API, in the order the documentation
// lists them. Everything that needs to know the API's operations reads them from here.
import { cancelAgreement } from './agreements/cancel-agreement.ts'
import { createAgreement } from './agreements/create-agreement.ts'
import { getAgreement } from './agreements/get-agreement.ts'
import { searchAgreements } from './agreements/search-agreements.ts'
import { authorisePayment } from './authorisation/authorise-payment.ts'
import { searchDisputes } from './disputes/search-disputes.ts'
import type { OperationSpec } from './operation.ts'
import { cancelPayment } from './payments/cancel-payment.ts'
import { capturePayment } from './payments/capture-payment.ts'
import { createPayment } from './payments/create-payment.ts'
import { getPaymentEvents } from './payments/get-payment-events.ts'
import { getPayment } from './payments/get-payment.ts'
import { searchPayments } from './payments/search-payments.ts'
import { createRefund } from './refunds/create-refund.ts'
import { getPaymentRefunds } from './refunds/get-payment-refunds.ts'
import { getRefund } from './refunds/get-refund.ts'
import { searchRefunds } from './refunds/search-refunds.ts'

export const OPERATIONS = [
  createPayment,
  searchPayments,
  getPayment,
  getPaymentEvents,
  cancelPayment,
  capturePayment,
  createRefund,
  getPaymentRefunds,
  getRefund,
  searchRefunds,
  createAgreement,
  searchAgreements,
  getAgreement,
  cancelAgreement,
  searchDisputes,
  authorisePayment,
] as const

export type OperationId = (typeof OPERATIONS)[number]['id']

export const OPERATION_IDS: readonly OperationId[] = OPERATIONS.map((operation) => operation.id)

const byId = new Map<string, OperationSpec>(OPERATIONS.map((operation) => [operation.id, operation]))

/** The operation with this id; undefined for a name the registry does not know. */
export const findOperationSpec = (id: string): OperationSpec | undefined => byId.get(id)

export const isOperationId = (id: unknown): id is OperationId => typeof id === 'string' && byId.has(id)

/** The groups of operations, in the order of their first operation. */
export const TAGS = [...new Map(OPERATIONS.map((operation) => [operation.tag.name, operation.tag])).values()]
export type { OperationSpec } from './operation.ts'
