// Storage migrations: data written by every published schema version opens under the current code
// with nothing lost or changed (beyond what that version's declared upgrade says). The published
// versions and their data are in schema-history.ts; a new version without an entry there fails here.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { ALL_TABLES, PlaygroundDatabase, SESSION_TABLES } from '../../../../src/simulator/store/database.ts'
import { PUBLISHED_SCHEMAS, type PublishedSchema, type StoredData } from './schema-history.ts'

const T_LATER = Date.UTC(2026, 1, 1)
let counter = 0
const uniqueName = () => `migration-${Date.now()}-${counter++}`

/** A database as the code of `upTo` declared it: every published version up to and including it. */
function databaseAsOf(name: string, upTo: number): Dexie {
  const db = new Dexie(name)
  for (const schema of PUBLISHED_SCHEMAS.filter((s) => s.version <= upTo)) {
    db.version(schema.version).stores(schema.stores)
  }
  return db
}

async function readAll(db: Dexie): Promise<StoredData> {
  const data: StoredData = {}
  for (const table of db.tables) data[table.name] = await table.toArray()
  return data
}

/** The schema of a database as Dexie reads it: each table's primary key and indexes. */
function schemaOf(db: Dexie): Record<string, { primKey: string; indexes: string[] }> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      { primKey: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() },
    ]),
  )
}

/** What data written at `from` should read as under the latest version: each later upgrade applied. */
function carriedForward(from: PublishedSchema, data: StoredData): StoredData {
  return PUBLISHED_SCHEMAS.filter((s) => s.version >= from.version).reduce(
    (current, schema) => (schema.upgrade && schema !== PUBLISHED_SCHEMAS.at(-1) ? schema.upgrade(current) : current),
    data,
  )
}

/** The tables a database of `version` has: every table declared up to it and not dropped since. */
function tablesAsOf(version: number): string[] {
  const tables = new Set<string>()
  for (const schema of PUBLISHED_SCHEMAS.filter((s) => s.version <= version)) {
    for (const [table, declared] of Object.entries(schema.stores)) {
      if (declared === null) tables.delete(table)
      else tables.add(table)
    }
  }
  return [...tables].sort()
}

const sortByKey = (data: StoredData): StoredData =>
  Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]))

describe('the schema history', () => {
  it('has an entry for every version src/simulator/store/database.ts declares, in order', () => {
    const declared = new PlaygroundDatabase(uniqueName()).verno
    expect(declared).toBeGreaterThanOrEqual(1)
    const versions = PUBLISHED_SCHEMAS.map((schema) => schema.version)
    expect(versions[0]).toBe(1)
    expect(versions.at(-1)).toBe(declared)
    // In order, each one later than the one before (a number held by another branch may be skipped).
    expect(versions.every((version, index) => index === 0 || version > versions[index - 1]!)).toBe(true)
  })

  it('records the latest version exactly as the current code declares it', async () => {
    const latest = PUBLISHED_SCHEMAS.at(-1)!
    const current = new PlaygroundDatabase(uniqueName())
    const frozen = databaseAsOf(uniqueName(), latest.version)
    await Promise.all([current.open(), frozen.open()])
    expect(schemaOf(frozen)).toEqual(schemaOf(current))
    expect(Object.keys(schemaOf(current)).sort()).toEqual([...ALL_TABLES, ...SESSION_TABLES].sort())
    await Promise.all([current.delete(), frozen.delete()])
  })

  it('has representative data in every table for every version', () => {
    for (const schema of PUBLISHED_SCHEMAS) {
      const data = schema.data()
      expect(Object.keys(data).sort(), `version ${schema.version}`).toEqual(tablesAsOf(schema.version))
      for (const [table, rows] of Object.entries(data)) expect(rows.length, `version ${schema.version} ${table}`).toBeGreaterThan(0)
    }
  })
})

describe.each(PUBLISHED_SCHEMAS.map((schema) => [schema.version, schema] as const))(
  'a database written by schema version %i',
  (_version, schema) => {
    it('opens under the current code with its data unchanged, and stays usable', async () => {
      const name = uniqueName()
      const old = databaseAsOf(name, schema.version)
      const written = schema.data()
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows)
      })
      old.close()

      const current = new PlaygroundDatabase(name)
      await current.open()
      expect(current.verno).toBe(PUBLISHED_SCHEMAS.at(-1)!.version)
      expect(sortByKey(await readAll(current))).toEqual(sortByKey(carriedForward(schema, written)))

      // The indexes answer as the current code expects: search by reference, newest first, and expiry.
      const [serviceId] = written.services!.map((service) => service.id as string)
      const byReference = await current.payments
        .where('[serviceId+referenceKey+createdAt]')
        .between([serviceId, 'ref-001', -Infinity], [serviceId, 'ref-001', Infinity])
        .count()
      expect(byReference).toBeGreaterThan(0)
      expect(await current.payments.where('expiresAt').above(0).count()).toBeGreaterThan(0)
      // Only the current tables are left, and a payment's history takes new steps.
      expect(current.tables.map((table) => table.name).sort()).toEqual(tablesAsOf(PUBLISHED_SCHEMAS.at(-1)!.version))
      expect([...current.backendDB().objectStoreNames].sort()).toEqual(tablesAsOf(PUBLISHED_SCHEMAS.at(-1)!.version))
      const first = (await current.payments.toCollection().first())!
      const history = [...first.history, { status: 'ENTERING CARD DETAILS' as const, at: T_LATER }]
      await current.payments.update(first.id, { history })
      expect((await current.payments.get(first.id))?.history).toEqual(history)
      await current.delete()
    })
  },
)
