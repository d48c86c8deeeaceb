// Helpers for end-to-end tests: open the playground, wait for the simulator, and call the API from
// page code exactly as an integration in the browser would.
import { expect, type Page } from '@playwright/test'

export const API_BASE_URL = 'https://publicapi.payments.service.gov.uk'

/** Opens a route of the playground and waits until the console API is installed. */
export async function openPlayground(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`./${hash}`)
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
}

/**
 * Waits until the service worker controls the page. The console API is ready before that on a first
 * visit (the page answers its own calls until then), but a page of the site opened before the worker
 * is active is not under it, as with any service worker.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 })
}

export async function createKeyFromConsole(page: Page, name = 'e2e key'): Promise<string> {
  const key = await page.evaluate((keyName) => window.payPlayground.createApiKey(keyName), name)
  expect(key).toMatch(/^api_test_/)
  return key
}

export interface PageFetchResult {
  status: number
  headers: Record<string, string>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read by each test
  body: any
}

/**
 * Calls the API with fetch from inside the page, returning status, every header and the JSON body
 * (or the text of a body that is not JSON, such as a 401's).
 */
export function fetchFromPage(
  page: Page,
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Promise<PageFetchResult> {
  return page.evaluate(
    async ({ base, method, path, key, body }) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        headers[name] = value
      })
      const text = await response.text()
      const json = response.headers.get('Content-Type')?.includes('json') ?? false
      return { status: response.status, headers, body: text === '' ? undefined : json ? JSON.parse(text) : text }
    },
    { base: API_BASE_URL, method, path, key, body },
  )
}

/** Every record of one IndexedDB table (`payments`, `services`, `meta`…), as stored. */
export function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pay-playground')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const read = db.transaction(name, 'readonly').objectStore(name).getAll()
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            db.close()
            resolve(read.result as T[])
          }
        }
      }),
    table,
  )
}

/** The request history as stored (IndexedDB, table `exchanges`), as text to search. */
export async function storedRequestHistory(page: Page): Promise<string> {
  return JSON.stringify(await storedRecords(page, 'exchanges'))
}
