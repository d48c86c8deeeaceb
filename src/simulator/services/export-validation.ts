// Reading an export file back: everything is checked before anything is written, and the first
// problem found is reported in a sentence that says what is wrong and where.
import { externalState } from '../model/payment-status.ts'
import type { PaymentEventRecord, PaymentRecord } from '../model/types.ts'
import { ALL_TABLES } from '../store/database.ts'
import { checkRecord, INTERNAL_STATUSES, type TableName } from './export-record-checks.ts'
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportTables, type PlaygroundExport, SESSION_META_KEYS } from './export-format.ts'

/** An import refused; the message says why, for the person who chose the file. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError'
}

const refuse = (message: string): never => {
  throw new ImportRefusedError(message)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const PRIMARY_KEYS: Record<TableName, string> = {
  services: 'id',
  apiKeys: 'id',
  payments: 'id',
  refunds: 'id',
  events: 'seq',
  tokens: 'token',
  meta: 'key',
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return refuse('The file is not a playground export: it is not valid JSON.')
  }
}

function checkHeader(document: Record<string, unknown>, schemaVersion: number): void {
  const { format, version } = document
  if (format === undefined) refuse('The file is not a playground export: it has no “format” field.')
  if (format !== EXPORT_FORMAT) {
    refuse(`The file is not a playground export: its format is ${JSON.stringify(format)}, not "${EXPORT_FORMAT}".`)
  }
  if (!Number.isInteger(version) || (version as number) < 1) {
    refuse('The export’s “version” must be a whole number from 1 upwards.')
  }
  if ((version as number) > EXPORT_VERSION) {
    refuse(
      `The file was exported by a newer version of the playground (export format version ${String(version)}). ` +
        `This playground can import format version ${EXPORT_VERSION} only.`,
    )
  }
  if (typeof document.exportedAt !== 'string' || Number.isNaN(Date.parse(document.exportedAt))) {
    refuse('The export’s “exportedAt” must be a date and time.')
  }
  if (document.simulatedTime !== undefined && (typeof document.simulatedTime !== 'string' || Number.isNaN(Date.parse(document.simulatedTime)))) {
    refuse('The export’s “simulatedTime” must be a date and time.')
  }
  if (!Number.isInteger(document.schemaVersion)) refuse('The export’s “schemaVersion” must be a whole number.')
  if (document.schemaVersion !== schemaVersion) {
    refuse(
      `The file holds data in storage schema version ${String(document.schemaVersion)}, ` +
        `but this playground stores version ${schemaVersion}, so it cannot be imported.`,
    )
  }
}

function checkTables(tables: unknown): ExportTables {
  if (!isObject(tables)) return refuse('The export has no “tables”, so there is nothing to import.')
  for (const name of ALL_TABLES) {
    if (!(name in tables)) refuse(`The export has no “${name}” table.`)
    const records = tables[name]
    if (!Array.isArray(records)) return refuse(`The “${name}” table in the export is not a list of records.`)
    records.forEach((record, index) => {
      const problem = checkRecord(name, record)
      if (problem) refuse(`Record ${index + 1} of the “${name}” table is not valid: ${problem}.`)
    })
  }
  const unknown = Object.keys(tables).find((name) => !(ALL_TABLES as readonly string[]).includes(name))
  if (unknown !== undefined) refuse(`The export has a table this playground does not know: “${unknown}”.`)
  return tables as unknown as ExportTables
}

function indexBy<T>(table: TableName, records: T[]): Map<unknown, T> {
  const key = PRIMARY_KEYS[table]
  const index = new Map<unknown, T>()
  for (const record of records) {
    const id = (record as Record<string, unknown>)[key]
    if (index.has(id)) refuse(`Two records of the “${table}” table have the same ${key}, ${JSON.stringify(id)}.`)
    index.set(id, record)
  }
  return index
}

function checkEvent(event: PaymentEventRecord, refunds: Map<unknown, unknown>): string | undefined {
  const paymentStatus = (INTERNAL_STATUSES as readonly string[]).includes(event.status)
  if (event.kind === 'payment') return paymentStatus ? undefined : `a payment event has the refund status “${event.status}”`
  if (paymentStatus) return `a refund event has the payment status “${event.status}”`
  if (event.refundId === undefined || event.amount === undefined) return 'a refund event has no “refundId” or “amount”'
  if (!refunds.has(event.refundId)) return `it is for refund “${event.refundId}”, which is not in the export`
  return undefined
}


function checkPayment(payment: PaymentRecord, refunded: number): string | undefined {
  if (payment.referenceKey !== payment.reference.toLowerCase()) return '“referenceKey” is not the reference in lower case'
  if (payment.state !== externalState(payment.status).status) {
    return `its state “${payment.state}” does not match its status “${payment.status}”`
  }
  if (payment.refundedAmount > payment.amount) return 'it has been refunded more than its amount'
  if (payment.refundedAmount !== refunded) {
    return `its “refundedAmount” (${payment.refundedAmount}) is not the total of its refunds (${refunded})`
  }
  return undefined
}

/** Checks that every record points at records that exist and that derived fields agree. */
function checkConsistency(tables: ExportTables): void {
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
  for (const event of indexBy('events', tables.events).values()) {
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
}

/**
 * Parses and checks an export file completely. Throws ImportRefusedError with a specific message
 * at the first problem; returns the export only when every record can be stored as it is.
 */
export function readExport(text: string, schemaVersion: number): PlaygroundExport {
  const document = parse(text)
  if (!isObject(document)) return refuse('The file is not a playground export: it holds JSON, but not an object.')
  checkHeader(document, schemaVersion)
  const tables = checkTables(document.tables)
  checkConsistency(tables)
  tables.meta = tables.meta.filter((entry) => !SESSION_META_KEYS.includes(entry.key))
  return document as unknown as PlaygroundExport
}
