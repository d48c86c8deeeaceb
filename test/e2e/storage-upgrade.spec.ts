// A browser that used the previous release has its data in storage schema version 2. Opening this
// release upgrades it (the service worker and the pages share the one database) with nothing lost:
// the admin site lists it and the API answers for it.
import { createRequire } from 'node:module'
import { expect, test } from '@playwright/test'
import { PUBLISHED_SCHEMAS, type StoredData } from '../unit/simulator/store/schema-history.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const require = createRequire(import.meta.url)

test('a database of the previous release, with data in it, upgrades with nothing lost', async ({ page }) => {
  const schemas = PUBLISHED_SCHEMAS.filter((schema) => schema.version <= 2).map(({ version, stores }) => ({ version, stores }))
  const data: StoredData = PUBLISHED_SCHEMAS.find((schema) => schema.version === 2)!.data()
  // A document of the site that runs no playground code, to write the old database from.
  await page.goto('./precache-manifest.json')
  await page.addScriptTag({ path: require.resolve('dexie/dist/dexie.js') })
  await page.evaluate(
    async ({ schemas, data }) => {
      const { Dexie } = window as unknown as { Dexie: new (name: string) => import('dexie').Dexie }
      const db = new Dexie('pay-playground')
      for (const schema of schemas) db.version(schema.version).stores(schema.stores)
      await db.open()
      await db.transaction('rw', db.tables, async () => {
        for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
      })
      db.close()
    },
    { schemas, data },
  )

  await openPlayground(page, '#/admin/transactions')
  // The version-2 payments are listed (the current service is the one the old data named).
  await expect(page.getByRole('link', { name: 'REF-001' }).first()).toBeVisible({ timeout: 20_000 })
  const key = await createKeyFromConsole(page)
  const paid = await fetchFromPage(page, 'GET', '/v1/payments/paid00000000000000000000a1', key)
  expect(paid.status).toBe(200)
  expect(paid.body).toMatchObject({
    state: { status: 'success', finished: true },
    refund_summary: { status: 'available', amount_available: 12000, amount_submitted: 2500 },
    card_details: { last_digits_card_number: '4242' },
  })
  const events = await fetchFromPage(page, 'GET', '/v1/payments/paid00000000000000000000a1/events', key)
  expect(events.body.events.map((event: { state: { status: string } }) => event.state.status)).toEqual([
    'created',
    'started',
    'submitted',
    'success',
    'submitted',
    'success',
    // the second refund, which version 1 stored with no events, has only its status
    'success',
  ])
  const version = await page.evaluate(async () => (await indexedDB.databases()).find((db) => db.name === 'pay-playground')?.version)
  // Dexie opens IndexedDB at ten times its own version number: the latest published schema's.
  expect(version).toBe(PUBLISHED_SCHEMAS.at(-1)!.version * 10)
})
