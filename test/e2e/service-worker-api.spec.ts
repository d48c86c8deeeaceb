// The service worker answers the API itself (decision 013): for a page of the site with no
// playground code at all, for a form post to next_url_post from another site, after the browser
// stops and restarts it, and with every tab's pages kept up to date from the one database.
import { expect, test } from '@playwright/test'
import { addPageToSite } from './support/fixture-pages.ts'
import { API_BASE_URL, createKeyFromConsole, fetchFromPage, openPlayground, waitForServiceWorker } from './support/playground.ts'

const payment = {
  amount: 4200,
  reference: 'WORKER-1',
  description: 'Answered by the service worker',
  return_url: 'https://your.service.gov.uk/completed',
}

test('a plain HTML page of the site, with no playground code, gets the simulator’s answers and appears in the history', async ({ page }) => {
  const remove = addPageToSite(
    'plain-page-e2e.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A service’s own page</title></head>
     <body><h1>A service’s own page</h1></body></html>`,
  )
  try {
    await openPlayground(page)
    await waitForServiceWorker(page)
    const key = await createKeyFromConsole(page, 'Plain page key')
    await page.goto('./plain-page-e2e.html')
    await expect(page.getByRole('heading', { name: 'A service’s own page' })).toBeVisible()
    expect(await page.evaluate(() => typeof (window as { payPlayground?: unknown }).payPlayground)).toBe('undefined')
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(`${API_BASE_URL}/v1/payments/${created.body.payment_id}`)
    const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
    expect(read.body).toMatchObject({ reference: 'WORKER-1', state: { status: 'created' } })

    // Another site's address is left alone: the request goes to the network, not the simulator.
    const elsewhere = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'answered', () => 'network error'))
    expect(elsewhere).toBe('network error')

    await openPlayground(page, '#/explorer/history')
    const entry = page.getByRole('list', { name: 'Requests, newest first' }).getByRole('listitem').filter({ hasText: 'POST /v1/payments' })
    await expect(entry).toContainText('from page code')
    await entry.locator('summary').click()
    await expect(entry).toContainText('plain-page-e2e.html')
    await expect(entry).toContainText('Sent for My test service with the API key “Plain page key”')
  } finally {
    remove()
  }
})

test('next_url_post: a form posted from another site lands on the card details page, as next_url does', async ({ page, context }) => {
  await openPlayground(page)
  await waitForServiceWorker(page)
  const key = await createKeyFromConsole(page)
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  const post = created.body._links.next_url_post
  expect(post).toMatchObject({ method: 'POST', type: 'application/x-www-form-urlencoded' })
  expect(post.href).toMatch(/\/pay-playground\/secure$/)

  // A service's page on another origin (about:blank here) sends its user with the form.
  const service = await context.newPage()
  await service.setContent(
    `<form method="post" action="${post.href}"><input type="hidden" name="chargeTokenId" value="${post.params.chargeTokenId}"><button>Pay now</button></form>`,
  )
  await service.getByRole('button', { name: 'Pay now' }).click()
  await expect(service.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  expect(service.url()).toContain(`#/card_details/${created.body.payment_id}`)
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
  expect(read.body.state.status).toBe('started')
})

test('a payment created by page code in one tab appears in an admin tab without a reload', async ({ page, context }) => {
  await openPlayground(page, '#/admin/transactions')
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible()
  const other = await context.newPage()
  await openPlayground(other)
  const key = await createKeyFromConsole(other)
  await fetchFromPage(other, 'POST', '/v1/payments', key, { ...payment, reference: 'FROM-OTHER-TAB' })
  await expect(page.getByRole('link', { name: 'FROM-OTHER-TAB' })).toBeVisible({ timeout: 10_000 })
})

test('after the browser stops the idle worker, the next request is answered with the stored data, faults and clock', async ({ page, context }) => {
  await openPlayground(page)
  await waitForServiceWorker(page)
  const key = await createKeyFromConsole(page)
  await page.evaluate(() => window.payPlayground.advanceClock({ days: 2 }))
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  const createdAt = Date.parse(created.body.created_date)
  expect(createdAt - Date.now()).toBeGreaterThan(47 * 60 * 60_000)
  // The next request to "Get a payment" fails, as a trainer set it.
  await openPlayground(page, '#/simulator')
  await page.getByLabel('The next few requests').check()
  await page.getByLabel('Number of requests').fill('1')
  await page.getByLabel('Which endpoint should fail?').selectOption({ label: 'Get a payment (GET /v1/payments/{paymentId})' })
  await page.getByRole('button', { name: 'Save fault settings' }).click()
  await expect(page.getByText('Fault settings saved. They apply to API requests from every tab.')).toBeVisible()

  const cdp = await context.newCDPSession(page)
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.stopAllWorkers')

  const failed = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
  expect(failed.status).toBe(500)
  expect(failed.body).toEqual({ code: 'P0298', description: 'Downstream system error' })
  await cdp.send('ServiceWorker.stopAllWorkers')
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
  expect(read.status).toBe(200)
  expect(read.body.reference).toBe('WORKER-1')
  const again = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect(Date.parse(again.body.created_date) - Date.now()).toBeGreaterThan(47 * 60 * 60_000)
})
