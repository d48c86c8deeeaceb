// The admin dashboard, "Make a test payment" and the transactions list with its CSV download, in
// Chromium against the production build: payments made through the hosted pages show in the
// totals and the list, in this tab and in another.
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { CSV_FIXED_COLUMNS } from '../support/csv-columns.ts'
import { parseCsv } from '../support/parse-csv.ts'
import { expectAccessible } from './support/accessibility.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const SCREENSHOTS = 'test-results/screenshots'

// Several people share this machine's two cores, so pages are given time to load.
test.setTimeout(180_000)
test.use({ viewport: { width: 1100, height: 900 } })

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/admin-list-${name}.png`, fullPage: true })
}

interface CardOptions {
  cardNumber?: string
  email?: string
}

/** Fills in and confirms the hosted card details pages, from "Enter card details" on. */
async function payOnHostedPages(page: Page, { cardNumber = '4000056655665556', email = 'j.bloggs@example.com' }: CardOptions = {}) {
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('Card number').fill(cardNumber)
  await page.getByLabel('Month').fill('12')
  await page.getByLabel('Year').fill('30')
  await page.getByLabel('Name on card').fill('J Bloggs')
  await page.getByLabel('Card security code').fill('123')
  await page.getByLabel('Address line 1').fill('1 High Street')
  await page.getByLabel('Town or city').fill('London')
  await page.getByLabel('Postcode').fill('SW1A 1AA')
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Continue' }).click()
  if (cardNumber === '4000000000000002') {
    await expect(page.getByRole('heading', { level: 1, name: 'Your payment has been declined' })).toBeVisible({ timeout: 30_000 })
    return
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Confirm payment' }).click()
}

/** Creates a payment from page code and takes it through the hosted pages; returns its id. */
async function apiPayment(page: Page, key: string, body: Record<string, unknown>, card: CardOptions = {}): Promise<string> {
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, {
    description: 'Pay your parking fine',
    return_url: 'https://your.service.gov.uk/completed',
    ...body,
  })
  expect(created.status).toBe(201)
  await page.goto(created.body._links.next_url.href)
  await payOnHostedPages(page, card)
  const id: string = created.body.payment_id
  const final = card.cardNumber === '4000000000000002' ? 'failed' : 'success'
  await expect.poll(async () => (await fetchFromPage(page, 'GET', `/v1/payments/${id}`, key)).body.state.status, { timeout: 30_000 }).toBe(final)
  return id
}

async function apiRefund(page: Page, key: string, paymentId: string, amount: number): Promise<void> {
  const refunded = await fetchFromPage(page, 'POST', `/v1/payments/${paymentId}/refunds`, key, { amount })
  expect(refunded.status).toBe(202)
}

const listRows = (page: Page) => page.locator('#transactions-list tbody tr')

/** The text of each cell in each row of the transactions table. */
function tableText(page: Page): Promise<string[][]> {
  return listRows(page).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')))
}

/** The count and amount under one of the dashboard's totals. */
async function total(page: Page, title: string): Promise<string[]> {
  const group = page.locator('article', { has: page.getByRole('link', { name: title }) })
  return group.locator('dd').allTextContents()
}

test('a test payment from the dashboard is paid on the hosted pages and found in the list by its reference', async ({ page }) => {
  await openPlayground(page, '#/admin')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Successful payments' })).toBeVisible({ timeout: 30_000 })
  await expectAccessible(page, 'dashboard')

  await page.getByRole('link', { name: 'Make a test payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Make a test payment' })).toBeVisible()
  await expectAccessible(page, 'make a test payment')
  await screenshot(page, 'e2e-test-payment')
  await page.getByRole('link', { name: 'Change payment details' }).click()
  await page.getByLabel('Payment amount').fill('')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('link', { name: 'Enter a payment amount' })).toBeVisible()
  await expectAccessible(page, 'test payment details with an error')
  await screenshot(page, 'e2e-test-payment-error')
  await page.getByLabel('Payment amount').fill('12.34')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByText('4000 0566 5566 5556')).toBeVisible()
  await expectAccessible(page, 'mock card number')
  await page.getByRole('button', { name: 'Make a test payment' }).click()
  await expect(page).toHaveURL(/#\/card_details\//, { timeout: 30_000 })

  await payOnHostedPages(page)
  // The payment returns to this playground's list, filtered to its reference.
  await expect(page).toHaveURL(/#\/admin\/transactions\?reference=[0-9A-V]{10}$/, { timeout: 30_000 })
  const reference = new URL(page.url().replace('#/', '')).searchParams.get('reference') ?? ''
  await expect(listRows(page)).toHaveCount(1, { timeout: 30_000 })
  const [row] = await tableText(page)
  expect(row?.slice(0, 5)).toEqual([reference, 'j.bloggs@example.com', '£12.34', 'Visa', 'Success'])

  await page.getByRole('link', { name: 'Clear filter' }).click()
  await page.getByLabel('Reference number').fill(reference.slice(2, 8).toLowerCase())
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(new RegExp(`reference=${reference.slice(2, 8).toLowerCase()}`))
  await expect(listRows(page)).toHaveCount(1)
  await expectAccessible(page, 'transactions filtered by reference')
  await screenshot(page, 'e2e-list-by-reference')
  await page.getByRole('link', { name: reference }).click()
  await expect(page).toHaveURL(/#\/admin\/transactions\/[0-9a-v]{26}$/)
})

test('the dashboard totals today’s successful payments and refunds, and links to them in the list', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const first = await apiPayment(page, key, { amount: 1000, reference: 'DASH-1' })
  await apiPayment(page, key, { amount: 2550, reference: 'DASH-2' })
  await apiPayment(page, key, { amount: 9900, reference: 'DASH-DECLINED' }, { cardNumber: '4000000000000002' })
  await apiRefund(page, key, first, 500)

  await openPlayground(page, '#/admin')
  await expect(page.getByRole('link', { name: 'Successful payments' })).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => total(page, 'Successful payments')).toEqual(['2', '£35.50'])
  expect(await total(page, 'Successful refunds')).toEqual(['1', '£5.00'])
  expect(await total(page, 'Net income')).toEqual(['£30.50'])
  await page.getByText('How these numbers are calculated').click()
  await expect(page.getByText(/Net income was calculated by subtracting the successful refunds from the successful payments for/)).toBeVisible()
  await expectAccessible(page, 'dashboard with totals')
  await screenshot(page, 'e2e-dashboard')

  await page.getByLabel('Select a date range').selectOption('Previous 7 days')
  await page.getByRole('button', { name: 'Update' }).click()
  await expect(page).toHaveURL(/#\/admin\?period=previous-seven-days$/)
  await expect.poll(() => total(page, 'Successful payments')).toEqual(['0', '£0.00'])
  await page.getByLabel('Select a date range').selectOption('Today')
  await page.getByRole('button', { name: 'Update' }).click()
  await expect.poll(() => total(page, 'Successful payments')).toEqual(['2', '£35.50'])

  await page.getByRole('link', { name: 'Successful payments' }).click()
  await expect(page).toHaveURL(/#\/admin\/transactions\?state=Success&fromDate=/)
  await expect(listRows(page)).toHaveCount(2, { timeout: 30_000 })
  expect((await tableText(page)).map((row) => [row[0], row[2], row[4]])).toEqual([
    ['DASH-2', '£25.50', 'Success'],
    ['DASH-1', '£10.00', 'Success'],
  ])
  await page.goBack()
  await page.getByRole('link', { name: 'Net income' }).click()
  await expect(listRows(page)).toHaveCount(3, { timeout: 30_000 })
  expect((await tableText(page)).map((row) => [row[0], row[2], row[4]])).toEqual([
    ['DASH-1', '–£5.00', 'Refund success'],
    ['DASH-2', '£25.50', 'Success'],
    ['DASH-1', '£10.00', 'Success'],
  ])
  await expect(page.locator('#total-results')).toHaveText(/^3 transactions from \d{2}\/\d{2}\/\d{4} to \d{2}\/\d{2}\/\d{4} with Success or Refund success states$/)
})

test('downloads the filtered transactions as a CSV file with the real columns', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const paid = await apiPayment(page, key, { amount: 123456, reference: '=CSV-1', metadata: { ledger_code: 'AB100', cost_centre: '-42' } })
  await apiRefund(page, key, paid, 300)
  await apiPayment(page, key, { amount: 700, reference: 'OTHER' })

  await openPlayground(page, '#/admin/transactions?reference=csv')
  await expect(listRows(page)).toHaveCount(2, { timeout: 30_000 })
  await expectAccessible(page, 'transactions with a refund')
  await screenshot(page, 'e2e-list-with-refund')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all transaction details as a CSV file' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^GOVUK_Pay_\d{4}-\d{2}-\d{2}_\d{2}.\d{2}.\d{2}\.csv$/)
  const { columns, rows } = parseCsv(await readFile((await download.path())!, 'utf8'))
  expect(columns).toEqual([
    ...CSV_FIXED_COLUMNS,
    'Payment Provider',
    '3-D Secure Required',
    'cost_centre (metadata)',
    'ledger_code (metadata)',
  ])
  expect(rows).toHaveLength(2)
  const [refundRow, paymentRow] = rows
  expect(refundRow).toMatchObject({
    Reference: "'=CSV-1",
    Amount: '-3.00',
    'Total Amount': '-3.00',
    State: 'Refund success',
    'GOV.UK Payment ID': paid,
    'Payment Provider': '',
    'ledger_code (metadata)': '',
  })
  expect(paymentRow).toMatchObject({
    Reference: "'=CSV-1",
    Description: 'Pay your parking fine',
    Email: 'j.bloggs@example.com',
    Amount: '1,234.56',
    'Card Brand': 'Visa',
    'Cardholder Name': 'J Bloggs',
    'Card Expiry Date': '12/30',
    'Card Number': '5556',
    State: 'Success',
    Finished: 'true',
    'GOV.UK Payment ID': paid,
    'Card Type': 'debit',
    'Payment Provider': 'sandbox',
    'cost_centre (metadata)': "'-42",
    'ledger_code (metadata)': 'AB100',
  })
  expect(paymentRow?.['Date Created']).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/)
  expect(paymentRow?.['Time Created']).toMatch(/^\d{2}:\d{2}:\d{2}$/)
})

test('a second tab showing the transactions list updates when a payment completes in the first', async ({ context }) => {
  const payer = await context.newPage()
  await openPlayground(payer)
  const key = await createKeyFromConsole(payer)
  const watcher = await context.newPage()
  await openPlayground(watcher, '#/admin/transactions')
  await expect(watcher.getByText('There are no results for the filters you used.')).toBeVisible({ timeout: 30_000 })

  const created = await fetchFromPage(payer, 'POST', '/v1/payments', key, {
    amount: 4200,
    reference: 'TWO-TABS',
    description: 'Pay in one tab, watch in another',
    return_url: 'https://your.service.gov.uk/completed',
  })
  expect(created.status).toBe(201)
  await expect(listRows(watcher)).toHaveCount(1, { timeout: 30_000 })
  expect((await tableText(watcher))[0]?.slice(0, 5)).toEqual(['TWO-TABS', '', '£42.00', '', 'In progress'])

  await payer.goto(created.body._links.next_url.href)
  await payOnHostedPages(payer, { email: 'second.tab@example.com' })
  await expect.poll(async () => (await tableText(watcher))[0]?.slice(0, 5), { timeout: 30_000 }).toEqual([
    'TWO-TABS',
    'second.tab@example.c…',
    '£42.00',
    'Visa',
    'Success',
  ])
})

test('a long list pages, sizes its pages and reports filter errors accessibly', async ({ page }) => {
  await openPlayground(page)
  await page.evaluate(() => window.payPlayground.seedPayments(230))
  await openPlayground(page, '#/admin/transactions')
  await expect(listRows(page)).toHaveCount(100, { timeout: 30_000 })
  const count = Number((await page.locator('#total-results').textContent())?.replace(/\D/g, ''))
  expect(count).toBeGreaterThanOrEqual(230)
  await expect(page.getByText('Results per page:')).toBeVisible()
  await expectAccessible(page, 'transactions, first page')
  await screenshot(page, 'e2e-list-page-1')

  const pagination = page.getByRole('navigation', { name: 'Pages of transactions, below the list' })
  await pagination.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/#\/admin\/transactions\?page=2$/)
  await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
  await page.getByRole('link', { name: 'Show all results per page' }).click()
  await expect(page).toHaveURL(/pageSize=500/)
  await expect(listRows(page)).toHaveCount(count)
  await expect(pagination).toHaveCount(0)

  await openPlayground(page, '#/admin/transactions?fromDate=02/07/2026&toDate=01/07/2026&lastDigitsCardNumber=42x')
  await expect(page.getByRole('link', { name: 'End date must be after start date' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: 'Enter the last 4 digits of the card number, for example 4242' })).toBeVisible()
  await expectAccessible(page, 'transactions with filter errors')
  await screenshot(page, 'e2e-list-errors')
  await page.getByRole('link', { name: 'End date must be after start date' }).click()
  await expect(page.getByLabel('End date')).toBeFocused()
})
