// The browser runs out of storage part-way through seeding or importing (QuotaExceededError). The
// operation fails with a message a trainee understands, and what was stored before is intact:
// an import changes nothing at all, a seeding run keeps only the chunks it finished.
import { Dexie, type DBCore, type Middleware } from 'dexie'
import { describeError, STORAGE_FULL_MESSAGE } from '../../../../src/lib/describe-error.ts'
import { afterAll, describe, expect, it } from 'vitest'
import { exportPlaygroundJson, importPlayground } from '../../../../src/simulator/services/export-import.ts'
import { resetPlayground } from '../../../../src/simulator/services/reset.ts'
import { seedPayments } from '../../../../src/simulator/services/seeding.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { newKey, useSimulator } from '../../../support/simulator.ts'
import { snapshotStore } from './support/store-snapshot.ts'

const { db } = useSimulator()

let failures = 0
afterAll(() => {
  console.info(`[hardening] storage full: ${failures} operations stopped by a full disk`)
})

/** What the browser throws when a write would go over the origin's quota. */
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/**
 * Makes the database refuse the write requests `refuse` picks, as a browser whose storage is full
 * does. `write` counts every write request, `tableWrite` those to the same table. The database is
 * reopened so the wrapper takes effect.
 */
async function refuseWrites(refuse: (write: number, table: string, tableWrite: number) => boolean): Promise<void> {
  let writes = 0
  const perTable = new Map<string, number>()
  const full: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request) => {
            const tableWrite = (perTable.get(name) ?? 0) + 1
            perTable.set(name, tableWrite)
            return refuse(++writes, name, tableWrite) ? Promise.reject(quotaExceeded()) : table.mutate(request)
          },
        }
      },
    }),
  }
  db().close()
  db().use(full)
  await db().open()
}

/** Every write request after the first `allowed` is refused. */
const fillDiskAfter = (allowed: number) => refuseWrites((write) => write > allowed)

/** The message a page shows for an error (the simulator tools page shows describeError's). */
const shown = (error: unknown) => describeError(error)

describe('storage running out', () => {
  it('part-way through seeding: the run fails clearly, earlier data is intact, and only whole chunks were kept', async () => {
    await newKey()
    await paymentIn('success')
    const before = await snapshotStore()
    await fillDiskAfter(4 * 2) // two chunks of four tables each, then the disk is full
    const attempt = seedPayments(1000, { chunkSize: 200, seed: 1 })
    await expect(attempt).rejects.toThrow()
    failures++
    const error = await attempt.catch((e: unknown) => e)
    expect(shown(error)).toBe(STORAGE_FULL_MESSAGE)

    const after = await snapshotStore()
    for (const table of ['services', 'apiKeys', 'meta'] as const) expect(after[table]).toStrictEqual(before[table])
    for (const row of before.payments!) expect(after.payments).toContainEqual(row)
    expect(after.payments!.length - before.payments!.length).toBe(400)
  })

  it('part-way through seeding, when the disk has room again: the chunks after the failed one are not kept either', async () => {
    await newKey()
    const before = await snapshotStore()
    // Only the third chunk's payments are refused; the fourth, already on its way, would fit.
    await refuseWrites((_write, table, tableWrite) => table === 'payments' && tableWrite === 3)
    const attempt = seedPayments(1000, { chunkSize: 200, seed: 3 })
    await expect(attempt).rejects.toThrow()
    failures++
    expect(shown(await attempt.catch((e: unknown) => e))).toBe(STORAGE_FULL_MESSAGE)

    expect((await snapshotStore()).payments!.length - before.payments!.length).toBe(400)
    const kept = new Set(await db().payments.toCollection().primaryKeys())
    for (const token of await db().tokens.toArray()) expect(kept.has(token.paymentId)).toBe(true)
    for (const refund of await db().refunds.toArray()) expect(kept.has(refund.paymentId)).toBe(true)
  })

  it('part-way through an import: the import fails clearly and every table is exactly as it was', async () => {
    // The file: a different playground, exported.
    await newKey('exported key')
    for (const state of ['success', 'capturable', 'declined'] as const) await paymentIn(state)
    await seedPayments(100, { seed: 2 })
    const { json } = await exportPlaygroundJson()
    // What is stored when the file is imported.
    await resetPlayground()
    await newKey('kept key')
    await paymentIn('submitted')
    const before = await snapshotStore()

    await fillDiskAfter(3) // the import clears the tables, writes a few, then the disk is full
    const attempt = importPlayground(json)
    await expect(attempt).rejects.toThrow()
    failures++
    expect(shown(await attempt.catch((e: unknown) => e))).toBe(STORAGE_FULL_MESSAGE)
    expect(await snapshotStore()).toStrictEqual(before)
  })
})

describe('the message for a full disk', () => {
  it('is the same however IndexedDB reports it: refused write, or transaction aborted because of it', () => {
    expect(describeError(quotaExceeded())).toBe(STORAGE_FULL_MESSAGE)
    expect(describeError(new Dexie.AbortError(quotaExceeded()))).toBe(STORAGE_FULL_MESSAGE)
    expect(describeError(new Dexie.QuotaExceededError('full'))).toBe(STORAGE_FULL_MESSAGE)
    expect(describeError(new Dexie.AbortError('aborted by the user'))).toBe('AbortError: aborted by the user')
  })
})
