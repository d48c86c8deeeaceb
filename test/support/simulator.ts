// Runs the real simulator (services, storage and MSW handlers) in Node for a test file: a fresh
// in-memory database for every test, and helpers to call the API the way a client would.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { API_BASE_URL } from '../../src/simulator/model/api-base.ts'
import { resetRateLimits } from '../../src/simulator/http/rate-limiter.ts'
import { createTestServer } from '../../src/simulator/node.ts'
import { createApiKey } from '../../src/simulator/services/api-keys.ts'
import { historyWritten, startRecordingHistory } from '../../src/simulator/services/request-history.ts'
import { configureRuntime } from '../../src/simulator/services/runtime.ts'
import { ensureCurrentService } from '../../src/simulator/services/service-accounts.ts'
import { PlaygroundDatabase } from '../../src/simulator/store/database.ts'

export const APP_URL = 'http://localhost:3000/pay-playground/'

let counter = 0

/**
 * `recordHistory`: record every exchange in the request history, as the service worker does in
 * the browser (off by default: it is one more write for each request).
 */
export function useSimulator(options: { recordHistory?: boolean } = {}): { db: () => PlaygroundDatabase } {
  const server = createTestServer()
  let db: PlaygroundDatabase
  let stopRecording: (() => void) | undefined
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(async () => {
    db = new PlaygroundDatabase(`test-${Date.now()}-${counter++}`)
    configureRuntime(db, { frontendUrl: APP_URL })
    await ensureCurrentService()
    resetRateLimits()
    if (options.recordHistory) stopRecording = startRecordingHistory()
  })
  afterEach(async () => {
    stopRecording?.()
    await historyWritten()
    await db.delete()
  })
  afterAll(() => server.close())
  return { db: () => db }
}

/** Creates an API key for the current service and returns it in full. */
export async function newKey(name = 'test key'): Promise<string> {
  const service = await ensureCurrentService()
  return (await createApiKey(service.id, name)).key
}

export interface ApiCall {
  key?: string | null
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
}

export interface ApiResult {
  status: number
  headers: Headers
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
  json: any
}

/** Calls the simulated API at its real address, as page code would. */
export async function api(method: string, path: string, call: ApiCall = {}): Promise<ApiResult> {
  const headers: Record<string, string> = { Accept: 'application/json', ...call.headers }
  if (call.key !== null && call.key !== undefined) headers.Authorization = `Bearer ${call.key}`
  let body: string | undefined
  if (call.rawBody !== undefined) body = call.rawBody
  else if (call.body !== undefined) body = JSON.stringify(call.body)
  if (body !== undefined && !('Content-Type' in headers)) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${API_BASE_URL}${path}`, { method, headers, body })
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

export const validPayment = (overrides: Record<string, unknown> = {}) => ({
  amount: 14500,
  reference: 'REF-12345',
  description: 'Pay your council tax',
  return_url: 'https://your.service.gov.uk/completed',
  ...overrides,
})
