// Opening storage: IndexedDB when the browser allows it, an in-memory database with the same schema
// when it refuses (private modes), and letting go of the database when another tab opens a newer
// version of it, so that tab's upgrade is not blocked and this one fails clearly instead of hanging.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_NAME, PlaygroundDatabase } from '../../../../src/simulator/store/database.ts'
import { closeWhenReplaced, openDatabase, storedByNewerVersion } from '../../../../src/simulator/store/open-database.ts'

const realIndexedDB = Dexie.dependencies.indexedDB

afterEach(async () => {
  Dexie.dependencies.indexedDB = realIndexedDB
  vi.restoreAllMocks()
  await Dexie.delete(DATABASE_NAME)
})

/** An IndexedDB that refuses every open, as Firefox's older private windows did. */
function refusingIndexedDB(): IDBFactory {
  const refuse = () => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
  }
  return { open: refuse, deleteDatabase: refuse, cmp: realIndexedDB.cmp.bind(realIndexedDB), databases: refuse } as IDBFactory
}

describe('openDatabase', () => {
  it('opens the persistent database when IndexedDB is available', async () => {
    const { db, persistent } = await openDatabase()
    expect(persistent).toBe(true)
    expect(db.name).toBe(DATABASE_NAME)
    expect(await Dexie.exists(DATABASE_NAME)).toBe(true)
    db.close()
  })

  it.each([
    ['refuses to open a database', () => refusingIndexedDB()],
    ['is missing altogether', () => undefined as unknown as IDBFactory],
  ])('falls back to a working in-memory database when IndexedDB %s', async (_why, factory) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    Dexie.dependencies.indexedDB = factory()
    const { db, persistent } = await openDatabase()
    expect(persistent).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('in memory only'), expect.anything())
    // The same schema, usable: write and read back through an index.
    await db.meta.put({ key: 'probe', value: 42 })
    expect(await db.meta.get('probe')).toEqual({ key: 'probe', value: 42 })
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'agreements',
        'apiKeys',
        'disputes',
        'exchanges',
        'meta',
        'paymentInstruments',
        'payments',
        'refunds',
        'services',
        'tokens',
        'webhookDeliveries',
        'webhookMessages',
        'webhooks',
      ],
    )
    db.close()
  })
})

/** Opens the database the way a newer deploy in another tab would: the raw API, one version up. */
function openNewerVersion(name: string, version: number): Promise<{ db: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false
    const request = realIndexedDB.open(name, version)
    request.onblocked = () => {
      blocked = true
    }
    request.onupgradeneeded = () => request.result.createObjectStore('addedByVersion2')
    request.onsuccess = () => resolve({ db: request.result, blocked })
    request.onerror = () => reject(request.error)
  })
}

describe('closeWhenReplaced', () => {
  it('lets a newer version open without being blocked, reports it once, and then fails every operation clearly', async () => {
    const db = new PlaygroundDatabase(`replaced-${Date.now()}`)
    await db.open()
    await db.meta.put({ key: 'kept', value: 'yes' })
    const onReplaced = vi.fn()
    closeWhenReplaced(db, onReplaced)
    const nativeVersion = db.backendDB().version

    const newer = await openNewerVersion(db.name, nativeVersion + 1)
    expect(newer.blocked).toBe(false)
    expect(newer.db.version).toBe(nativeVersion + 1)
    expect(onReplaced).toHaveBeenCalledTimes(1)
    expect(db.isOpen()).toBe(false)

    // No reopening behind the user's back, and no hanging: the next operation is refused at once.
    await expect(db.meta.get('kept')).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    newer.db.close()
    await Dexie.delete(db.name)
  })

  it('does the same when another tab deletes the database', async () => {
    const db = new PlaygroundDatabase(`deleted-${Date.now()}`)
    await db.open()
    const onReplaced = vi.fn()
    closeWhenReplaced(db, onReplaced)
    await Dexie.delete(db.name)
    expect(onReplaced).toHaveBeenCalledTimes(1)
    expect(db.isOpen()).toBe(false)
  })
})

describe('storedByNewerVersion', () => {
  it('tells a database a newer version of the playground upgraded from one this code declared', async () => {
    const name = `newer-${Date.now()}`
    const ours = new PlaygroundDatabase(name)
    await ours.open()
    expect(storedByNewerVersion(ours)).toBe(false)
    const version = ours.backendDB().version
    ours.close()
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, version + 10)
      request.onupgradeneeded = () => request.result.createObjectStore('addedByANewerVersion')
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error)
    })
    const reopened = new PlaygroundDatabase(name)
    await reopened.open()
    expect(storedByNewerVersion(reopened)).toBe(true)
    await reopened.delete()
  })
})
