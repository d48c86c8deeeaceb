// The production build on a static host: once visited it opens again with the network gone, and
// an old non-hash link that the host answers with 404.html lands on the matching hash route.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { createKeyFromConsole, fetchFromPage } from './support/playground.ts'
import { serveDist } from './support/serve-dist-in-process.ts'

const payment = {
  amount: 2599,
  reference: 'OFFLINE-1',
  description: 'Offline reload',
  return_url: 'https://your.service.gov.uk/completed',
}

async function waitForSimulator(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
}

/** Waits until the page has kept its offline copy of the whole site. */
async function waitForSiteCached(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('pay-playground:site-cached').length > 0, null, {
    timeout: 20_000,
  })
}

test('after one visit the playground reloads with no network, starts the simulator and has its data', async ({ page, context }) => {
  // A server of its own, so that it can be stopped: the network is then really gone.
  const server = await serveDist('/offline/')
  let serverClosed = false
  try {
    await page.goto(`${server.url}#/`)
    await waitForSimulator(page)
    const key = await createKeyFromConsole(page)
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
    expect(created.status).toBe(201)
    await waitForSiteCached(page)

    const cachedFiles = await page.evaluate(async (appUrl) => {
      const manifest = await (await fetch(`${appUrl}precache-manifest.json`)).json()
      const cache = await caches.open(`pay-playground-site ${appUrl}`)
      const missing = []
      for (const file of manifest.files) if (!(await cache.match(new URL(file, appUrl).href))) missing.push(file)
      return { listed: manifest.files.length, missing }
    }, server.url)
    expect(cachedFiles.missing).toEqual([])
    expect(cachedFiles.listed).toBeGreaterThan(3)

    await context.setOffline(true)
    await server.close()
    serverClosed = true

    await page.reload()
    await waitForSimulator(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Try the GOV.UK Pay API in your browser' })).toBeVisible()
    const afterReload = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
    expect(afterReload.status).toBe(200)
    expect(afterReload.body.reference).toBe('OFFLINE-1')
    // Parts never visited before load from the cache too, and show the stored data.
    await page.goto(`${server.url}#/admin/transactions`)
    await expect(page.getByRole('link', { name: 'OFFLINE-1' })).toBeVisible({ timeout: 20_000 })
    await page.goto(`${server.url}#/explorer`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found')

    // With every tab closed, a new tab still opens it offline.
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => context.pages().length).toBe(0)
    const second = await context.newPage()
    await second.goto(`${server.url}#/`)
    await waitForSimulator(second)
    const fromSecondTab = await fetchFromPage(second, 'GET', `/v1/payments/${created.body.payment_id}`, key)
    expect(fromSecondTab.body.amount).toBe(2599)
  } finally {
    await context.setOffline(false)
    if (!serverClosed) await server.close()
  }
})

test('an old non-hash link lands on the matching hash route, on a first visit', async ({ page }) => {
  const response = await page.goto('./admin/transactions?state=success')
  expect(response?.status()).toBe(404)
  await page.waitForURL(/#\/admin\/transactions\?state=success$/)
  expect(new URL(page.url()).pathname).toBe('/pay-playground/')
  await waitForSimulator(page)
})

test('an old link to the hosted pages lands on the hash route, also once the service worker is installed', async ({ page }) => {
  await page.goto('./#/')
  await waitForSimulator(page)
  await page.goto('./secure/6b1c7d7c-6b8a-4f5e-9d1e-4c1b2a3d4e5f')
  await page.waitForURL(/\/pay-playground\/#\/secure\/6b1c7d7c-6b8a-4f5e-9d1e-4c1b2a3d4e5f$/)
  await waitForSimulator(page)
})

test('404.html finds the app under any sub-path, and at the root of a host', async ({ page }) => {
  for (const prefix of ['/a/deeper/sub-path/', '/']) {
    const server = await serveDist(prefix)
    try {
      const response = await page.goto(`${server.url}admin/api-keys`)
      expect(response?.status()).toBe(404)
      await page.waitForURL(`${server.url}#/admin/api-keys`)
      await waitForSimulator(page)
    } finally {
      await server.close()
    }
  }
})

test('an address with no app above it says the page was not found and links to the site', async ({ page }) => {
  const response = await page.goto('/elsewhere/page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to the GOV.UK Pay Playground' })).toBeVisible()
  await expectAccessible(page, '404.html')
})
