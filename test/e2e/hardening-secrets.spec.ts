// Secrets in a real browser. A card's full number and security code, typed into the hosted pages,
// are nowhere afterwards: not in any IndexedDB store, localStorage, sessionStorage, the console or
// an export. An API key is shown in full once, when it is created, and then appears in no stored
// data, export, request history, share link, console message or API answer; the only copy is the
// one the explorer keeps when told to remember a key for the user (under its own storage entry).
import { expect, test, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground, storedRequestHistory } from './support/playground.ts'
import { fillCardForm } from './support/hosted-journey.ts'
import { exportFromTools } from './support/hardening.ts'

/** Every console message and uncaught error of the page, from the first. */
function recordConsole(page: Page): string[] {
  const lines: string[] = []
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message} ${error.stack ?? ''}`))
  return lines
}

/** Every place the page can keep something, each as text: IndexedDB (every store), web storage, the console, an export. */
async function everyStore(page: Page, consoleLines: string[]) {
  const { indexedDb, stores, local, session } = await page.evaluate(async () => {
    const dump: unknown[] = []
    const names: string[] = []
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const store of [...db.objectStoreNames]) {
        names.push(`${info.name}/${store}`)
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        dump.push({ store, rows })
      }
      db.close()
    }
    return { indexedDb: JSON.stringify(dump), stores: names, local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }
  })
  const exported = (await exportFromTools(page)).text
  return { indexedDb, stores, local, session, exported, console: consoleLines.join('\n') }
}

const CARD = '371449635398431' // American Express, which the sandbox authorises
const CARD_SPACED = '3714 496353 98431'
const CVC = '7391'

test('the full card number and security code are kept nowhere after paying', async ({ page }) => {
  const consoleLines = recordConsole(page)
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const pay = async (cardNumber: string, heading: string) => {
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, {
      amount: 2500,
      reference: 'CARD-SECRETS',
      description: 'Card secrets',
      return_url: 'https://your.service.gov.uk/completed',
    })
    await page.goto(created.body._links.next_url.href)
    await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
    await fillCardForm(page, { cardNumber, securityCode: CVC })
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    return created.body.payment_id as string
  }
  const paid = await pay(CARD_SPACED, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  await pay('4000000000000002', 'Your payment has been declined')
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${paid}`, key)
  expect(read.body.card_details).toMatchObject({ first_digits_card_number: '371449', last_digits_card_number: '8431' })

  const { indexedDb, stores, local, session, exported, console } = await everyStore(page, consoleLines)
  expect(stores.length).toBeGreaterThanOrEqual(6) // every table of storage schema 2
  test.info().annotations.push({ type: 'stores scanned', description: `${stores.length} IndexedDB stores, localStorage, sessionStorage, console, export` })
  for (const [where, text] of Object.entries({ indexedDb, local, session, exported, console })) {
    expect(text, `full card number in ${where}`).not.toContain(CARD)
    expect(text, `spaced card number in ${where}`).not.toContain(CARD_SPACED)
    expect(text, `declined card number in ${where}`).not.toContain('4000000000000002')
    expect(text, `security code in ${where}`).not.toMatch(new RegExp(`"${CVC}"|:${CVC}[,}\\]]|cvc=${CVC}`))
    expect(text, `a security code field in ${where}`).not.toMatch(/"(cvc|cvv|securityCode|security_code|cardNo|cardNumber)"\s*:/i)
  }
})

test('an API key is shown once and then kept only as its hash, out of every log, export, history and link', async ({ page }) => {
  const consoleLines = recordConsole(page)
  await openPlayground(page, '#/admin/api-keys')
  await page.getByRole('button', { name: 'Create a new API key' }).click()
  await page.getByLabel('API key name').fill('Secrets check')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New API key' })).toBeVisible()
  const adminKey = ((await page.locator('#api-key').textContent()) ?? '').trim()
  expect(adminKey).toMatch(/^api_test_[0-9a-v]{58}$/)

  // Shown once: the list of keys, and the page it was shown on when visited again, do not show it.
  await page.goto('./#/admin/api-keys')
  await expect(page.getByRole('heading', { level: 1, name: 'Test API keys' })).toBeVisible()
  await expect(page.getByText('Secrets check').first()).toBeVisible()
  expect(await page.locator('body').textContent()).not.toContain(adminKey)

  // Used from page code, including refused requests whose answers must not echo it.
  const created = await fetchFromPage(page, 'POST', '/v1/payments', adminKey, {
    amount: 700,
    reference: 'KEY-SECRETS',
    description: 'Key secrets',
    return_url: 'https://your.service.gov.uk/completed',
  })
  expect(created.status).toBe(201)
  const answers = await page.evaluate(async (key) => {
    const texts: string[] = []
    for (const [presented, accept] of [
      [key, 'application/json'],
      [`${key.slice(0, -1)}0`, 'text/html'],
      [`${key.slice(0, -1)}0`, 'application/json'],
      ['api_test_not_a_real_key_at_all_0000000000000000', 'text/plain'],
    ]) {
      const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments/unknown/refunds', {
        method: 'POST',
        headers: { Authorization: `Bearer ${presented}`, Accept: accept!, 'Content-Type': 'application/json' },
        body: '{"amount":',
      })
      texts.push(await response.text())
    }
    return texts
  }, adminKey)
  for (const answer of answers) expect(answer).not.toContain(adminKey.slice(0, -1))

  // The explorer: a key it creates and remembers, a request, the history and the share link. It
  // already offers the admin site's key, so creating another is behind "Choose, create or paste".
  await page.goto('./#/explorer/create-payment')
  await expect(page.getByRole('heading', { level: 1, name: 'Create a payment' })).toBeVisible({ timeout: 20_000 })
  await page.getByText('Choose, create or paste another API key').click()
  await page.getByRole('button', { name: 'Create an API key' }).click()
  const explorerKey = ((await page.locator('#api-key').textContent()) ?? '').trim()
  expect(explorerKey).toMatch(/^api_test_/)
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.locator('.app-explorer-status')).toHaveText('Response: 201 Created')
  const shareLink = (await page.locator('#share-link').textContent()) ?? ''
  expect(shareLink).toContain('#/explorer/create-payment')
  const consoleKey = await createKeyFromConsole(page)
  await fetchFromPage(page, 'GET', '/v1/payments', consoleKey)
  // The history is written a moment after each request: wait for the console's GET.
  await expect.poll(() => storedRequestHistory(page)).toContain('"method":"GET"')

  const { indexedDb, local, session, exported, console } = await everyStore(page, consoleLines)
  const history = await storedRequestHistory(page)
  expect(history).toContain('/v1/payments')
  // The explorer's own list of keys it was told to remember is the one place a full key may be.
  const remembered = 'pay-playground.explorer.api-keys'
  const withoutRemembered = (storage: string) => JSON.stringify({ ...JSON.parse(storage), [remembered]: undefined })
  const places = { indexedDb, exported, console, history, shareLink, local: withoutRemembered(local), session: withoutRemembered(session) }
  for (const key of [adminKey, explorerKey, consoleKey]) {
    const secret = key.slice('api_test_'.length)
    for (const [where, text] of Object.entries(places)) expect(text, `a key in ${where}`).not.toContain(secret)
  }
  // The admin site's key, made in this browser, is in that list too, for the explorer to offer.
  expect(JSON.parse(local)[remembered]).toContain(adminKey)
})
