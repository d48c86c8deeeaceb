// The playground's export file, format "pay-playground-export" version 1
// (docs/decisions/008-export-format.md): a JSON object naming its format and version, when it was
// made (real and simulated time), the storage schema version, and every table's records as stored.
import type {
  ApiKeyRecord,
  MetaRecord,
  PaymentEventRecord,
  PaymentRecord,
  RefundRecord,
  ServiceRecord,
  TokenRecord,
} from '../model/types.ts'
import { FAULTS_META_KEY } from './faults.ts'

export const EXPORT_FORMAT = 'pay-playground-export'
export const EXPORT_VERSION = 1

export interface ExportTables {
  services: ServiceRecord[]
  apiKeys: ApiKeyRecord[]
  payments: PaymentRecord[]
  refunds: RefundRecord[]
  events: PaymentEventRecord[]
  tokens: TokenRecord[]
  meta: MetaRecord[]
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

/** Meta entries that describe this browser's session rather than the data, and stay out of exports. */
export const SESSION_META_KEYS: readonly string[] = [FAULTS_META_KEY]

/** How many records of each kind an export holds, for messages. */
export function countRecords(tables: ExportTables) {
  return {
    services: tables.services.length,
    apiKeys: tables.apiKeys.length,
    payments: tables.payments.length,
    refunds: tables.refunds.length,
  }
}
