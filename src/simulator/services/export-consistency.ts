// Checks across the records of an export file: every record points at records that exist, no two
// share a key, and derived fields agree. The first problem is reported as a full sentence.
import { externalState } from '../model/payment-status.ts'
import { totalAmount } from '../model/refund-availability.ts'
import type { PaymentRecord } from '../model/types.ts'
import type { V1EventRecord } from '../store/migrate-v1-events.ts'
import type { ExportTables, TableName, V1TableName } from './export-format.ts'
import { INTERNAL_STATUSES } from './export-record-checks.ts'

/** An import refused; the message says why, for the person who chose the file. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError'
}

export const refuse = (message: string): never => {
  throw new ImportRefusedError(message)
}

const PRIMARY_KEYS: Record<V1TableName | TableName, string> = {
  services: 'id',
  apiKeys: 'id',
  payments: 'id',
  refunds: 'id',
  events: 'seq',
  tokens: 'token',
  meta: 'key',
  webhooks: 'id',
  webhookMessages: 'id',
  webhookDeliveries: 'seq',
  agreements: 'id',
  paymentInstruments: 'id',
  disputes: 'id',
}

/** The records of a table by their key; two with the same key refuse the file. */
export function indexBy<T>(table: V1TableName | TableName, records: readonly T[]): Map<unknown, T> {
  const key = PRIMARY_KEYS[table]
  const index = new Map<unknown, T>()
  for (const record of records) {
    const id = (record as Record<string, unknown>)[key]
    if (index.has(id)) refuse(`Two records of the “${table}” table have the same ${key}, ${JSON.stringify(id)}.`)
    index.set(id, record)
  }
  return index
}

function checkEvent(event: V1EventRecord, refunds: Map<unknown, unknown>): string | undefined {
  const paymentStatus = (INTERNAL_STATUSES as readonly string[]).includes(event.status)
  if (event.kind === 'payment') return paymentStatus ? undefined : `a payment event has the refund status “${event.status}”`
  if (paymentStatus) return `a refund event has the payment status “${event.status}”`
  if (event.refundId === undefined || event.amount === undefined) return 'a refund event has no “refundId” or “amount”'
  if (!refunds.has(event.refundId)) return `it is for refund “${event.refundId}”, which is not in the export`
  return undefined
}

function checkPayment(payment: Omit<PaymentRecord, 'history'>, refunded: number): string | undefined {
  if (payment.referenceKey !== payment.reference.toLowerCase()) return '“referenceKey” is not the reference in lower case'
  if (payment.state !== externalState(payment.status).status) {
    return `its state “${payment.state}” does not match its status “${payment.status}”`
  }
  if (payment.refundedAmount > totalAmount(payment)) return 'it has been refunded more than its amount'
  if (payment.refundedAmount !== refunded) {
    return `its “refundedAmount” (${payment.refundedAmount}) is not the total of its refunds (${refunded})`
  }
  return undefined
}

/** The tables every format version has, as far as these checks read them. */
type CheckedTables = {
  [Name in keyof ExportTables]: Array<Omit<ExportTables[Name][number], 'history'>>
}

/**
 * Refuses the file at the first record that points at a record that is not there or disagrees with
 * the others. `events` are the rows of a format-version-1 file (version 2 has none).
 */
export function checkConsistency(tables: CheckedTables, events?: readonly V1EventRecord[]): void {
  const services = indexBy('services', tables.services)
  if (services.size === 0) refuse('The export has no services. Every playground has at least one.')
  const hashes = new Set<string>()
  for (const key of indexBy('apiKeys', tables.apiKeys).values()) {
    if (!services.has(key.serviceId)) refuse(`API key “${key.name}” belongs to a service that is not in the export.`)
    if (hashes.has(key.hash)) refuse(`Two API keys in the export have the same fingerprint (hash).`)
    hashes.add(key.hash)
  }
  const payments = indexBy('payments', tables.payments)
  const refunded = new Map<string, number>()
  for (const payment of payments.values()) {
    if (!services.has(payment.serviceId)) refuse(`Payment ${payment.id} belongs to a service that is not in the export.`)
  }
  const refunds = indexBy('refunds', tables.refunds)
  for (const refund of refunds.values()) {
    const payment = payments.get(refund.paymentId)
    if (!payment) return refuse(`Refund ${refund.id} is for payment ${refund.paymentId}, which is not in the export.`)
    if (payment.serviceId !== refund.serviceId) refuse(`Refund ${refund.id} belongs to a different service from its payment.`)
    if (refund.status !== 'error') refunded.set(refund.paymentId, (refunded.get(refund.paymentId) ?? 0) + refund.amount)
  }
  for (const payment of payments.values()) {
    const problem = checkPayment(payment, refunded.get(payment.id) ?? 0)
    if (problem) refuse(`Payment ${payment.id} in the export is not consistent: ${problem}.`)
  }
  for (const event of indexBy('events', events ?? []).values()) {
    if (!payments.has(event.paymentId)) refuse(`Event ${event.seq} is for payment ${event.paymentId}, which is not in the export.`)
    const problem = checkEvent(event, refunds)
    if (problem) refuse(`Event ${event.seq} in the export is not valid: ${problem}.`)
  }
  for (const token of indexBy('tokens', tables.tokens).values()) {
    if (!payments.has(token.paymentId)) refuse(`A payment-page token is for payment ${token.paymentId}, which is not in the export.`)
  }
  const meta = indexBy('meta', tables.meta)
  const current = meta.get('currentServiceId')
  if (current && !services.has(current.value)) refuse('The export’s current service is not one of its services.')
  const offset = meta.get('clockOffsetMs')
  if (offset && typeof offset.value !== 'number') refuse('The export’s clock offset (“clockOffsetMs”) must be a number.')
  checkWebhooks(tables, services)
}

/** Every webhook belongs to a service, every message to a webhook, every delivery to a message. */
function checkWebhooks(tables: CheckedTables, services: Map<unknown, unknown>): void {
  const webhooks = indexBy('webhooks', tables.webhooks)
  for (const webhook of webhooks.values()) {
    if (!services.has(webhook.serviceId)) refuse(`Webhook ${webhook.id} belongs to a service that is not in the export.`)
  }
  const messages = indexBy('webhookMessages', tables.webhookMessages)
  for (const message of messages.values()) {
    const webhook = webhooks.get(message.webhookId)
    if (!webhook) return refuse(`Webhook message ${message.id} is for webhook ${message.webhookId}, which is not in the export.`)
    if (webhook.serviceId !== message.serviceId) refuse(`Webhook message ${message.id} belongs to a different service from its webhook.`)
  }
  for (const delivery of indexBy('webhookDeliveries', tables.webhookDeliveries).values()) {
    const message = messages.get(delivery.messageId)
    if (!message) return refuse(`Webhook delivery ${delivery.seq} is of message ${delivery.messageId}, which is not in the export.`)
    if (message.webhookId !== delivery.webhookId || message.serviceId !== delivery.serviceId) {
      refuse(`Webhook delivery ${delivery.seq} names a different webhook or service from its message.`)
    }
  }
}
