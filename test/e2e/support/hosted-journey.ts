// Helpers for the hosted payment pages' end-to-end tests: a payment created through the API from
// page code, its next_url opened as a paying user would, the card form filled in by its labels,
// and the payment read back through the API.
import { expect, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './playground.ts'

export interface StartedPayment {
  key: string
  paymentId: string
  nextUrl: string
}

export const PAYMENT = {
  amount: 14500,
  reference: 'HOSTED-E2E',
  description: 'Pay your council tax',
  return_url: 'https://your.service.gov.uk/completed',
}

/** Creates a payment through the API from page code, as a service's own page would. */
export async function createPayment(page: Page, body: Record<string, unknown> = {}): Promise<StartedPayment> {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, { ...PAYMENT, ...body })
  expect(created.status).toBe(201)
  return { key, paymentId: created.body.payment_id, nextUrl: created.body._links.next_url.href }
}

/** Follows next_url, as the service's redirect would, and waits for the page it lands on. */
export async function openNextUrl(page: Page, nextUrl: string, heading = 'Enter card details'): Promise<void> {
  await page.goto(nextUrl)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
}

export async function startCardPayment(page: Page, body: Record<string, unknown> = {}): Promise<StartedPayment> {
  const payment = await createPayment(page, body)
  await openNextUrl(page, payment.nextUrl)
  return payment
}

export interface CardEntry {
  cardNumber?: string
  month?: string
  year?: string
  name?: string
  securityCode?: string
  line1?: string
  city?: string
  postcode?: string
  email?: string
  /** false: the page asks for no billing address (a MOTO payment, a service that does not collect it). */
  billingAddress?: false
}

/** Fills in every field of the card form; a field given as '' is left empty. */
export async function fillCardForm(page: Page, entry: CardEntry = {}): Promise<void> {
  const address: [string, string][] = [
    ['Address line 1', entry.line1 ?? '1 High Street'],
    ['Town or city', entry.city ?? 'London'],
    ['Postcode', entry.postcode ?? 'SW1A 1AA'],
  ]
  const values: [string, string][] = [
    ['Card number', entry.cardNumber ?? '4444333322221111'],
    ['Month', entry.month ?? '10'],
    ['Year', entry.year ?? '30'],
    ['Name on card', entry.name ?? 'Ms J Bloggs'],
    ['Card security code', entry.securityCode ?? '123'],
    ...(entry.billingAddress === false ? [] : address),
    ['Email', entry.email ?? 'paying.user@example.org'],
  ]
  for (const [label, value] of values) await page.getByLabel(label, { exact: true }).fill(value)
}

export async function submitCard(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read by each test
export async function readPayment(page: Page, payment: StartedPayment): Promise<any> {
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${payment.paymentId}`, payment.key)
  expect(read.status).toBe(200)
  return read.body
}

export const STATES = {
  started: { status: 'started', finished: false },
  submitted: { status: 'submitted', finished: false },
  success: { status: 'success', finished: true },
  capturable: { status: 'capturable', finished: false },
  declined: { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' },
  expired: { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' },
  userCancelled: { status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' },
  serviceCancelled: { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' },
  error: { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' },
} as const

/** Everything the page has stored (every IndexedDB store, localStorage, sessionStorage), as text to search. */
export function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }]
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        dump.push({ store, rows })
      }
      db.close()
    }
    return JSON.stringify(dump)
  })
}
