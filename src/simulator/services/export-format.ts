// The playground's export file, format "pay-playground-export" (docs/decisions/008-export-format.md):
// a JSON object naming its format and version, when it was made (real and simulated time), the
// storage schema version, and every table's records as stored. Version 4 (storage schema 6) adds
// agreements, payment instruments and disputes; version 3 (storage schema 5) added the webhooks
// tables; version 2 (storage schema 2 or 3) keeps each status history inside its payment or refund
// record. A file of an earlier version is read with the tables added since left empty. Version 1
// (storage schema 1) had an `events` table instead, and is still read: its events are moved into
// the records on import.
import type { DisputeRecord } from '../model/dispute-types.ts'
import type { AgreementRecord, PaymentInstrumentRecord } from '../model/recurring-types.ts'
import type { ApiKeyRecord, MetaRecord, PaymentRecord, RefundRecord, ServiceRecord, TokenRecord } from '../model/types.ts'
import type { WebhookDeliveryRecord, WebhookMessageRecord, WebhookRecord } from '../model/webhook-types.ts'
import type { ALL_TABLES } from '../store/database.ts'
import type { V1EventRecord, V1PaymentRecord, V1RefundRecord } from '../store/migrate-v1-events.ts'
import { FAULTS_META_KEY, isFaultsMetaKey } from './faults.ts'

export const EXPORT_FORMAT = 'pay-playground-export'
/** The format version this playground writes. */
export const EXPORT_VERSION = 4
/** The oldest format version this playground still imports (by migrating it). */
export const OLDEST_IMPORTABLE_VERSION = 1
/** The storage schema version a format-version-1 file holds. */
export const V1_SCHEMA_VERSION = 1
/**
 * The storage schema versions whose exported records a format-version-2 file holds: schema 3 only
 * added the request history, which is never exported, so files of either import alike.
 */
export const V2_SCHEMA_VERSIONS: readonly number[] = [2, 3]
/** The storage schema versions whose exported records a format-version-3 file holds. */
export const V3_SCHEMA_VERSIONS: readonly number[] = [5]
/** The storage schema versions whose exported records a format-version-4 file holds. */
export const V4_SCHEMA_VERSIONS: readonly number[] = [6]
/** The tables of a format-version-2 file. */
export const V2_TABLE_NAMES = ['services', 'apiKeys', 'payments', 'refunds', 'tokens', 'meta'] as const
/** The tables format version 3 added: the webhooks. */
export const V3_ADDED_TABLES = ['webhooks', 'webhookMessages', 'webhookDeliveries'] as const
/** The tables format version 4 added: recurring payments and disputes. */
export const V4_ADDED_TABLES = ['agreements', 'paymentInstruments', 'disputes'] as const
/** The tables of a format-version-3 file. */
export const V3_TABLE_NAMES = [...V2_TABLE_NAMES, ...V3_ADDED_TABLES] as const

export type TableName = (typeof ALL_TABLES)[number]

export interface ExportTables {
  services: ServiceRecord[]
  apiKeys: ApiKeyRecord[]
  payments: PaymentRecord[]
  refunds: RefundRecord[]
  tokens: TokenRecord[]
  meta: MetaRecord[]
  webhooks: WebhookRecord[]
  webhookMessages: WebhookMessageRecord[]
  webhookDeliveries: WebhookDeliveryRecord[]
  agreements: AgreementRecord[]
  paymentInstruments: PaymentInstrumentRecord[]
  disputes: DisputeRecord[]
}

export interface PlaygroundExport {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  /** real time of the export, ISO 8601 */
  exportedAt: string
  /** the simulator clock at the export, ISO 8601 */
  simulatedTime: string
  /** the Dexie schema version the records follow */
  schemaVersion: number
  tables: ExportTables
}

/** The tables of a format-version-1 file, in the order that version wrote them. */
export const V1_TABLE_NAMES = ['services', 'apiKeys', 'payments', 'refunds', 'events', 'tokens', 'meta'] as const
export type V1TableName = (typeof V1_TABLE_NAMES)[number]

/** The tables of a format-version-2 file. */
export type V2ExportTables = Pick<ExportTables, (typeof V2_TABLE_NAMES)[number]>

/** The tables of a format-version-1 file: payments and refunds without histories, and the events. */
export interface V1ExportTables extends Omit<V2ExportTables, 'payments' | 'refunds'> {
  payments: V1PaymentRecord[]
  refunds: V1RefundRecord[]
  events: V1EventRecord[]
}

/** Meta entries that describe this browser's session rather than the data, and stay out of exports. */
export const SESSION_META_KEYS: readonly string[] = [FAULTS_META_KEY]

/** Whether a meta entry describes this browser's session: the fault settings, for every service or for one. */
export const isSessionMetaKey = (key: string): boolean => SESSION_META_KEYS.includes(key) || isFaultsMetaKey(key)

/** How many records of each kind an export holds, for messages. */
export function countRecords(tables: Pick<ExportTables, 'services' | 'apiKeys' | 'payments' | 'refunds'>) {
  return {
    services: tables.services.length,
    apiKeys: tables.apiKeys.length,
    payments: tables.payments.length,
    refunds: tables.refunds.length,
  }
}
