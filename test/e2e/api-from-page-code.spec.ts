// The simulated API used from page code at the real base URL, in Chromium against the production
// build under /pay-playground/: create (reading Location), get, search, cancel, then a reload.
import { expect, test } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { serveDist } from './support/serve-dist-in-process.ts'

const payment = {
  amount: 14500,
  reference: 'E2E-REF-1',
  description: 'Pay your council tax',
  return_url: 'https://your.service.gov.uk/completed',
}

test('a key from the console drives the whole API from page code, and data survives a reload', async ({ page }) => {
  await openPlayground(page)
  expect(await page.evaluate(() => window.payPlayground.baseUrl)).toBe('https://publicapi.payments.service.gov.uk')
  const key = await createKeyFromConsole(page)

  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect(created.status).toBe(201)
  const paymentId: string = created.body.payment_id
  expect(paymentId).toMatch(/^[0-9a-v]{26}$/)
  expect(created.headers.location).toBe(`https://publicapi.payments.service.gov.uk/v1/payments/${paymentId}`)
  expect(created.headers.location).toBe(created.body._links.self.href)
  expect(created.body._links.next_url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay-playground\/#\/secure\/[0-9a-f-]{36}$/)

  const read = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(read.status).toBe(200)
  expect(read.body.state).toEqual({ status: 'created', finished: false })
  expect(read.headers['cache-control']).toBe('no-store')

  const search = await fetchFromPage(page, 'GET', '/v1/payments?reference=e2e-ref-1', key)
  expect(search.status).toBe(200)
  expect(search.body.total).toBe(1)
  expect(search.body.results[0].payment_id).toBe(paymentId)

  const cancelled = await fetchFromPage(page, 'POST', `/v1/payments/${paymentId}/cancel`, key)
  expect(cancelled.status).toBe(204)

  await page.reload()
  await page.waitForFunction(() => typeof window.payPlayground === 'object')
  const afterReload = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(afterReload.status).toBe(200)
  expect(afterReload.body.state).toEqual({
    status: 'cancelled',
    finished: true,
    code: 'P0040',
    message: 'Payment was cancelled by the service',
  })
})

test('errors come back exactly as the real API gives them', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)

  const missingAmount = await fetchFromPage(page, 'POST', '/v1/payments', key, { ...payment, amount: undefined })
  expect(missingAmount.status).toBe(400)
  expect(missingAmount.body).toEqual({ field: 'amount', code: 'P0101', description: 'Missing mandatory attribute: amount' })

  const unknown = await fetchFromPage(page, 'GET', '/v1/payments/doesnotexist0000000000000', key)
  expect(unknown.status).toBe(404)
  expect(unknown.body).toEqual({ code: 'P0200', description: 'Not found' })

  await page.evaluate((k) => window.payPlayground.revokeApiKey(k), key)
  const revoked = await page.evaluate(async (k) => {
    const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments', {
      headers: { Authorization: `Bearer ${k}` },
    })
    return { status: response.status, text: await response.text() }
  }, key)
  expect(revoked.status).toBe(401)
  expect(revoked.text).toBe('Credentials are required to access this resource.')
})

test('the same build works under another sub-path of another host', async ({ page }) => {
  const server = await serveDist('/another/sub-path/')
  try {
    await page.goto(`${server.url}#/`)
    await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
    const key = await createKeyFromConsole(page)
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
    expect(created.status).toBe(201)
    expect(created.body._links.next_url.href.startsWith(`${server.url}#/secure/`)).toBe(true)
  } finally {
    await server.close()
  }
})
