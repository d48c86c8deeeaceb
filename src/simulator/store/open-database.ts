// Opens the database. If the browser refuses IndexedDB (some private modes), the simulator runs on
// an in-memory copy of the same database instead, and says that nothing will be kept.
import { PlaygroundDatabase } from './database.ts'

export interface OpenedDatabase {
  db: PlaygroundDatabase
  persistent: boolean
}

export async function openDatabase(): Promise<OpenedDatabase> {
  const db = new PlaygroundDatabase()
  try {
    await db.open()
    return { db, persistent: true }
  } catch (error) {
    console.warn('IndexedDB is not available here; the playground will keep its data in memory only.', error)
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb')
    const memory = new PlaygroundDatabase(undefined, { indexedDB, IDBKeyRange })
    await memory.open()
    return { db: memory, persistent: false }
  }
}

/**
 * When another tab opens this database at a newer schema version (a new deploy) or deletes it,
 * closes this tab's connection so the other tab is not blocked, and calls `onReplaced` once.
 * The connection stays closed: Dexie's default would reopen it on the next operation, against a
 * schema this tab's code does not know.
 */
export function closeWhenReplaced(db: PlaygroundDatabase, onReplaced: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true })
    onReplaced()
    return false // handled here: skip Dexie's own handler, which closes with auto-reopen
  })
}

/**
 * Whether the open database was upgraded by a newer version of the playground than this code
 * (Dexie opens such a database without complaint, at the newer version). Code that would write
 * records in its older shape must not use it.
 */
export function storedByNewerVersion(db: PlaygroundDatabase): boolean {
  // Dexie stores version n as IndexedDB version n × 10.
  return db.backendDB().version > Math.round(db.verno * 10)
}
