// Reading an export file back: everything is checked before anything is written, and the first
// problem found is reported in a sentence that says what is wrong and where. A format-version-1
// file is checked as version 1 wrote it, then its events are moved into the records, as the
// storage upgrade does (store/migrate-v1-events.ts); a format-version-1 or 2 file has no webhooks,
// and is read with none.
import { ALL_TABLES } from '../store/database.ts'
import { historiesFromV1Events } from '../store/migrate-v1-events.ts'
import { checkConsistency, ImportRefusedError, refuse } from './export-consistency.ts'
import type { FieldRule } from './export-field-checks.ts'
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportTables,
  OLDEST_IMPORTABLE_VERSION,
  isSessionMetaKey,
  V1_SCHEMA_VERSION,
  V2_SCHEMA_VERSIONS,
  V1_TABLE_NAMES,
  type V1ExportTables,
  V2_TABLE_NAMES,
  type V2ExportTables,
  V3_SCHEMA_VERSIONS,
} from './export-format.ts'
import { checkRecord, TABLE_RULES, V1_TABLE_RULES } from './export-record-checks.ts'

export { ImportRefusedError }

/** An export that can be written as it is: in the current format, whatever format the file had. */
export interface ImportableExport {
  exportedAt: string
  simulatedTime?: string
  /** the file's own format version (1 when its events were moved into the records) */
  formatVersion: number
  tables: ExportTables
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return refuse('The file is not a playground export: it is not valid JSON.')
  }
}

/** Checks the fields around the tables; returns the file's format version. */
function checkHeader(document: Record<string, unknown>, schemaVersion: number): number {
  const { format, version } = document
  if (format === undefined) refuse('The file is not a playground export: it has no “format” field.')
  if (format !== EXPORT_FORMAT) {
    refuse(`The file is not a playground export: its format is ${JSON.stringify(format)}, not "${EXPORT_FORMAT}".`)
  }
  if (!Number.isInteger(version) || (version as number) < OLDEST_IMPORTABLE_VERSION) {
    refuse('The export’s “version” must be a whole number from 1 upwards.')
  }
  if ((version as number) > EXPORT_VERSION) {
    refuse(
      `The file was exported by a newer version of the playground (export format version ${String(version)}). ` +
        `This playground can import format version ${EXPORT_VERSION} or older.`,
    )
  }
  if (typeof document.exportedAt !== 'string' || Number.isNaN(Date.parse(document.exportedAt))) {
    refuse('The export’s “exportedAt” must be a date and time.')
  }
  if (document.simulatedTime !== undefined && (typeof document.simulatedTime !== 'string' || Number.isNaN(Date.parse(document.simulatedTime)))) {
    refuse('The export’s “simulatedTime” must be a date and time.')
  }
  if (!Number.isInteger(document.schemaVersion)) refuse('The export’s “schemaVersion” must be a whole number.')
  if (version === 1 && document.schemaVersion !== V1_SCHEMA_VERSION) {
    refuse(
      `The file says it holds data in storage schema version ${String(document.schemaVersion)}, ` +
        `but export format version 1 always holds version ${V1_SCHEMA_VERSION}, so it cannot be imported.`,
    )
  }
  // A version-2 file (schema 2 or 3) is read into today's schema with no webhooks; a version-3
  // file holds today's schema.
  const fileSchemas = version === 2 ? V2_SCHEMA_VERSIONS : V3_SCHEMA_VERSIONS
  if (version !== 1 && !fileSchemas.includes(document.schemaVersion as number)) {
    refuse(
      `The file holds data in storage schema version ${String(document.schemaVersion)}, ` +
        `but this playground stores version ${schemaVersion}, so it cannot be imported.`,
    )
  }
  return version as number
}

function checkTables(tables: unknown, names: readonly string[], rules: Record<string, Record<string, FieldRule>>): Record<string, unknown[]> {
  if (!isObject(tables)) return refuse('The export has no “tables”, so there is nothing to import.')
  for (const name of names) {
    if (!(name in tables)) refuse(`The export has no “${name}” table.`)
    const records = tables[name]
    if (!Array.isArray(records)) return refuse(`The “${name}” table in the export is not a list of records.`)
    records.forEach((record, index) => {
      const problem = checkRecord(rules[name]!, record)
      if (problem) refuse(`Record ${index + 1} of the “${name}” table is not valid: ${problem}.`)
    })
  }
  const unknown = Object.keys(tables).find((name) => !names.includes(name))
  if (unknown !== undefined) refuse(`The export has a table this playground does not know: “${unknown}”.`)
  return tables as Record<string, unknown[]>
}

/** The tables format version 3 added, empty: what a file of an earlier version holds of them. */
const noWebhooks = () => ({ webhooks: [], webhookMessages: [], webhookDeliveries: [] })

/** A version-1 file's tables, checked as version 1 wrote them, in the current shape. */
function readV1Tables(raw: unknown): ExportTables {
  const tables = checkTables(raw, V1_TABLE_NAMES, V1_TABLE_RULES) as unknown as V1ExportTables
  const { events, ...rest } = tables
  checkConsistency({ ...rest, ...noWebhooks() }, events)
  return { ...rest, ...historiesFromV1Events(tables.payments, tables.refunds, events), ...noWebhooks() }
}

/** A version-2 file's tables: those of version 3 without the webhooks. */
function readV2Tables(raw: unknown): ExportTables {
  const tables = { ...(checkTables(raw, V2_TABLE_NAMES, TABLE_RULES) as unknown as V2ExportTables), ...noWebhooks() }
  checkConsistency(tables)
  return tables
}

function readTables(raw: unknown): ExportTables {
  const tables = checkTables(raw, ALL_TABLES, TABLE_RULES) as unknown as ExportTables
  checkConsistency(tables)
  return tables
}

/**
 * Parses and checks an export file completely. Throws ImportRefusedError with a specific message
 * at the first problem; returns the export, in the current format, only when every record can be
 * stored as it is. `schemaVersion` is the storage schema this playground runs.
 */
export function readExport(text: string, schemaVersion: number): ImportableExport {
  const document = parse(text)
  if (!isObject(document)) return refuse('The file is not a playground export: it holds JSON, but not an object.')
  const formatVersion = checkHeader(document, schemaVersion)
  const tables = formatVersion === 1 ? readV1Tables(document.tables) : formatVersion === 2 ? readV2Tables(document.tables) : readTables(document.tables)
  tables.meta = tables.meta.filter((entry) => !isSessionMetaKey(entry.key))
  const read: ImportableExport = { exportedAt: document.exportedAt as string, formatVersion, tables }
  if (typeof document.simulatedTime === 'string') read.simulatedTime = document.simulatedTime
  return read
}
