// Every table of the simulator's database as plain data, to show that a request changed nothing.
import { expect } from 'vitest'
import { database } from '../../../../../src/simulator/services/runtime.ts'
import { ALL_TABLES } from '../../../../../src/simulator/store/database.ts'

export type StoreSnapshot = Record<string, unknown[]>

/**
 * Reads every table. An API key's `lastUsedAt` is left out: checking a key records when it was
 * last used, which the real service does for every authenticated request, refused or not.
 */
export async function snapshotStore(): Promise<StoreSnapshot> {
  const db = database()
  const snapshot: StoreSnapshot = {}
  await db.transaction('r', db.tables, async () => {
    for (const name of ALL_TABLES) {
      const rows = await db.table(name).toArray()
      snapshot[name] = name === 'apiKeys' ? rows.map(({ lastUsedAt: _lastUsedAt, ...key }) => key) : rows
    }
  })
  return snapshot
}

/** Tables whose contents differ between two snapshots. */
export function changedTables(before: StoreSnapshot, after: StoreSnapshot): string[] {
  return ALL_TABLES.filter((name) => {
    try {
      expect(after[name]).toStrictEqual(before[name])
      return false
    } catch {
      return true
    }
  })
}
