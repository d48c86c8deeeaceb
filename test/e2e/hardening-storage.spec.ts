// Storage in a real browser: a newer version of the playground opened in another tab takes over the
// database, and the old tab says so ("reload the page") instead of hanging or blocking the upgrade;
// a browser that refuses IndexedDB gets a working playground in memory with a banner saying that
// nothing will be kept.
import { expect, test, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const NEW_VERSION = 'A new version of the playground is available — reload the page'

/** Opens the playground's database one version up, as a newer deploy would, from `page`. */
function upgradeDatabaseFrom(page: Page): Promise<{ from: number; to: number; stores: string[] }> {
  return page.evaluate(async () => {
    const open = (version?: number) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = version === undefined ? indexedDB.open('pay-playground') : indexedDB.open('pay-playground', version)
        request.onupgradeneeded = () => {
          if (version !== undefined) request.result.createObjectStore('addedByANewerVersion')
        }
        request.onblocked = () => reject(new Error('the upgrade was blocked by the open tab'))
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const current = await open()
    const from = current.version
    current.close()
    const upgraded = await open(from + 1)
    const result = { from, to: upgraded.version, stores: [...upgraded.objectStoreNames] }
    upgraded.close()
    return result
  })
}

test('an open tab lets a newer version upgrade the database, then says to reload and refuses further work clearly', async ({ page, context }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  await expect(page.getByText(NEW_VERSION)).toHaveCount(0)

  // Another page of the same site, in the same browser profile, opens the database one version up.
  const other = await context.newPage()
  await other.goto('./favicon.svg')
  const upgrade = await upgradeDatabaseFrom(other)
  expect(upgrade.to).toBe(upgrade.from + 1)
  expect(upgrade.stores).toEqual(expect.arrayContaining(['payments', 'addedByANewerVersion']))

  const banner = page.getByRole('region', { name: 'Important' }).filter({ hasText: NEW_VERSION })
  await expect(banner).toBeVisible()
  await expect(banner.getByRole('button', { name: 'Reload the page' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/hardening-new-version-banner.png', fullPage: true })

  // Further work fails at once with a message that says what to do, rather than hanging.
  const failure = await page.evaluate(() =>
    window.payPlayground.createApiKey('after the upgrade').then(
      () => 'created',
      (error: Error) => error.message,
    ),
  )
  expect(failure).toContain('Reload the page to carry on')
  const api = await page.evaluate(async (k) => {
    const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments', { headers: { Authorization: `Bearer ${k}` } })
    return { status: response.status, body: await response.text() }
  }, key)
  expect(api).toEqual({ status: 503, body: '{"code":503,"message":"HTTP 503 Service Unavailable"}' })

  // The banner's button reloads, and the reloaded tab no longer shows it.
  await banner.getByRole('button', { name: 'Reload the page' }).click()
  await page.waitForFunction(() => typeof window.payPlayground === 'object')
  await expect(page.getByText(NEW_VERSION)).toHaveCount(0)
})

test('a browser that refuses IndexedDB gets a working playground in memory, with a banner on every page', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
    }
  })
  await openPlayground(page)
  for (const route of ['#/', '#/admin', '#/simulator']) {
    await page.goto(`./${route}`)
    const banner = page.getByRole('region', { name: 'Important' }).filter({ hasText: 'Your data won’t be saved' })
    await expect(banner).toBeVisible()
  }
  await page.screenshot({ path: 'test-results/screenshots/hardening-in-memory-banner.png', fullPage: true })

  const key = await createKeyFromConsole(page)
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, {
    amount: 500,
    reference: 'IN-MEMORY',
    description: 'Kept in memory only',
    return_url: 'https://your.service.gov.uk/completed',
  })
  expect(created.status).toBe(201)
  expect((await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)).status).toBe(200)

  // As the banner says, nothing survives a reload: the key is gone with the rest.
  await page.reload()
  await page.waitForFunction(() => typeof window.payPlayground === 'object')
  const afterReload = await page.evaluate(async (k) => {
    const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments', { headers: { Authorization: `Bearer ${k}` } })
    return response.status
  }, key)
  expect(afterReload).toBe(401)
})
