// Reading an export file back: everything is checked before anything is written, and the first
// problem found is reported in a sentence that says what is wrong and where. A format-version-1
// file is checked as version 1 wrote it, then its events are moved into the records, as the
// storage upgrade does (store/migrate-v1-events.ts). A file of an earlier format version is read
// with the tables added since (webhooks in version 3; agreements, payment instruments and disputes
// in version 4) empty.
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
  V3_SCHEMA_VERSIONS,
  V3_TABLE_NAMES,
  V4_SCHEMA_VERSIONS,
} from './export-format.ts'
import { checkRecord, TABLE_RULES, V1_TABLE_RULES } from './export-record-checks.ts'
import { checkRecurringConsistency } from './export-recurring-consistency.ts'

/** The storage schema versions each format version from 2 holds. */
const SCHEMA_VERSIONS: Record<number, readonly number[]> = { 2: V2_SCHEMA_VERSIONS, 3: V3_SCHEMA_VERSIONS, 4: V4_SCHEMA_VERSIONS }
/** The tables each format version from 2 has. */
const TABLE_NAMES: Record<number, readonly string[]> = { 2: V2_TABLE_NAMES, 3: V3_TABLE_NAMES, 4: ALL_TABLES }

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
  // Each format version holds the records of the storage schemas it lists, and is read into today's
  // schema: each later schema only added tables and optional fields.
  const held = SCHEMA_VERSIONS[version as number] ?? [V1_SCHEMA_VERSION]
  if ((document.schemaVersion as number) > schemaVersion) {
    refuse(
      `The file holds data in storage schema version ${String(document.schemaVersion)}, ` +
        `but this playground stores version ${schemaVersion}, so it cannot be imported.`,
    )
  }
  if (version !== 1 && !held.includes(document.schemaVersion as number)) {
    refuse(
      `The file holds data in storage schema version ${String(document.schemaVersion)}, ` +
        `but export format version ${String(version)} holds version ${held.join(' or ')}, so it cannot be imported.`,
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

/** Tables as a file of an earlier format version holds them, with the tables added since empty. */
function withEmptyTables(tables: Partial<ExportTables>): ExportTables {
  return Object.fromEntries(ALL_TABLES.map((name) => [name, tables[name] ?? []])) as unknown as ExportTables
}

function checkAcross(tables: ExportTables, events?: V1ExportTables['events']): void {
  checkConsistency(tables, events)
  checkRecurringConsistency(tables)
}

/** A version-1 file's tables, checked as version 1 wrote them, in the current shape. */
function readV1Tables(raw: unknown): ExportTables {
  const tables = checkTables(raw, V1_TABLE_NAMES, V1_TABLE_RULES) as unknown as V1ExportTables
  const { events, ...rest } = tables
  checkAcross(withEmptyTables(rest as unknown as Partial<ExportTables>), events)
  return withEmptyTables({ ...rest, ...historiesFromV1Events(tables.payments, tables.refunds, events) })
}

/** The tables of a file of format version 2 or later, with those added since its version empty. */
function readTables(raw: unknown, version: number): ExportTables {
  const tables = withEmptyTables(checkTables(raw, TABLE_NAMES[version]!, TABLE_RULES) as Partial<ExportTables>)
  checkAcross(tables)
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
  const tables = formatVersion === 1 ? readV1Tables(document.tables) : readTables(document.tables, formatVersion)
  tables.meta = tables.meta.filter((entry) => !isSessionMetaKey(entry.key))
  const read: ImportableExport = { exportedAt: document.exportedAt as string, formatVersion, tables }
  if (typeof document.simulatedTime === 'string') read.simulatedTime = document.simulatedTime
  return read
}
