// Exporting everything the simulator keeps to one JSON document, and importing such a document
// back in place of everything (docs/decisions/008-export-format.md). An import is checked in full
// first (a format-version-1 file is moved into the current shape as it is checked) and then
// written in ONE transaction, so a refused or failed import changes nothing.
import type { MetaRecord } from '../model/types.ts'
import { now, toIsoMillis } from './clock.ts'
import { countRecords, EXPORT_FORMAT, EXPORT_VERSION, type ExportTables, type PlaygroundExport, isSessionMetaKey } from './export-format.ts'
import { readExport } from './export-validation.ts'
import { database } from './runtime.ts'

export { ImportRefusedError } from './export-validation.ts'
export type { PlaygroundExport } from './export-format.ts'

/** Everything the simulator keeps, as an export document. API keys are there only as hashes. */
export async function exportPlayground(): Promise<PlaygroundExport> {
  const db = database()
  return db.transaction('r', db.tables, async () => {
    const [services, apiKeys, payments, refunds, tokens, meta, webhooks, webhookMessages, webhookDeliveries, agreements, paymentInstruments, disputes] =
      await Promise.all([
      db.services.toArray(),
      db.apiKeys.toArray(),
      db.payments.toArray(),
      db.refunds.toArray(),
      db.tokens.toArray(),
      db.meta.toArray(),
      db.webhooks.toArray(),
      db.webhookMessages.toArray(),
      db.webhookDeliveries.toArray(),
      db.agreements.toArray(),
      db.paymentInstruments.toArray(),
      db.disputes.toArray(),
    ])
    const tables: ExportTables = {
      services,
      apiKeys,
      payments,
      refunds,
      tokens,
      meta: meta.filter((entry) => !isSessionMetaKey(entry.key)),
      webhooks,
      webhookMessages,
      // A claim belongs to a tab of this browser, working on the delivery now: not data.
      webhookDeliveries: webhookDeliveries.map(({ claimedUntil: _until, claimedBy: _by, ...delivery }) => delivery),
      agreements,
      paymentInstruments,
      disputes,
    }
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      simulatedTime: toIsoMillis(await now()),
      schemaVersion: db.verno,
      tables,
    }
  })
}

/** The export as the text of a file. */
export async function exportPlaygroundJson(): Promise<{ json: string; document: PlaygroundExport }> {
  const document = await exportPlayground()
  return { json: JSON.stringify(document), document }
}

export interface ImportSummary {
  exportedAt: string
  simulatedTime?: string
  counts: ReturnType<typeof countRecords>
  /** the file's format version: older than EXPORT_VERSION when its data was moved into today's shape */
  formatVersion: number
}

/**
 * Replaces everything with the contents of an export file, of the current format or an older one
 * (migrated first). Throws ImportRefusedError, having changed nothing, when the file is not a
 * valid export. This browser's fault settings stay as they are: they are not part of an export.
 */
export async function importPlayground(text: string): Promise<ImportSummary> {
  const db = database()
  const document = readExport(text, db.verno)
  const { tables } = document
  await db.transaction('rw', db.tables, async () => {
    const session: MetaRecord[] = await db.meta.filter((entry) => isSessionMetaKey(entry.key)).toArray()
    await Promise.all(db.tables.map((table) => table.clear()))
    await Promise.all([
      db.services.bulkAdd(tables.services),
      db.apiKeys.bulkAdd(tables.apiKeys),
      db.payments.bulkAdd(tables.payments),
      db.refunds.bulkAdd(tables.refunds),
      db.tokens.bulkAdd(tables.tokens),
      db.meta.bulkAdd([...tables.meta, ...session]),
      db.webhooks.bulkAdd(tables.webhooks),
      db.webhookMessages.bulkAdd(tables.webhookMessages),
      db.webhookDeliveries.bulkAdd(tables.webhookDeliveries),
      db.agreements.bulkAdd(tables.agreements),
      db.paymentInstruments.bulkAdd(tables.paymentInstruments),
      db.disputes.bulkAdd(tables.disputes),
    ])
  })
  const summary: ImportSummary = { exportedAt: document.exportedAt, counts: countRecords(tables), formatVersion: document.formatVersion }
  if (typeof document.simulatedTime === 'string') summary.simulatedTime = document.simulatedTime
  return summary
}
