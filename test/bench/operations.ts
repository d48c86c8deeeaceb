// The API operations measured side by side: the playground (through its service worker), Prism,
// and the IndexedDB floor. Builds each operation's runs from the data in the page, then measures.
import type { Page } from 'playwright-core'
import { measureOperation, readFloorTemplates, type FloorCall, type HttpCall, type OperationTimes } from './in-page.ts'

export const API_BASE_URL = 'https://publicapi.payments.service.gov.uk'

/** The simulator's rate limits are per service and second: 15 POSTs of each kind, 75 other requests. */
const POST_PACE_MS = 1000 / 13
const GET_PACE_MS = 1000 / 60
const RATE_WINDOW_MS = 1100

export type OperationName = 'create' | 'get' | 'search' | 'refund' | 'events'

interface PaymentJson {
  payment_id: string
  reference: string
  state?: { finished: boolean }
  refund_summary?: { status: string; amount_available: number }
  card_details?: { last_digits_card_number?: string | null }
}

interface Context {
  page: Page
  key: string
  serviceId: string
  prismUrl: string
  runs: number
  warmUp: number
}

async function apiGet<T>(page: Page, key: string, path: string): Promise<T> {
  return page.evaluate(
    async ({ url, key }) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` } })
      if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
      return response.json()
    },
    { url: `${API_BASE_URL}${path}`, key },
  ) as Promise<T>
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function calls(context: Context, count: number, make: (run: number) => { method: 'GET' | 'POST'; path: string; body?: unknown; status: number; prismPath?: string }) {
  const playground: HttpCall[] = []
  const prism: HttpCall[] = []
  for (let run = 0; run < count; run++) {
    const { method, path, body, status, prismPath } = make(run)
    const headers: Record<string, string> = { Authorization: `Bearer ${context.key}`, Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const text = body === undefined ? undefined : JSON.stringify(body)
    playground.push({ method, url: `${API_BASE_URL}${path}`, headers, body: text, status })
    // Prism answers with the document's examples; Prefer picks the success example.
    prism.push({ method, url: `${context.prismUrl}${prismPath ?? path}`, headers: { ...headers, Prefer: `code=${status}` }, body: text, status })
  }
  return { playground, prism }
}

/** Everything each operation needs from the seeded data, read once through the API. */
export async function prepare(context: Context) {
  const count = context.runs + context.warmUp
  const recent = await apiGet<{ results: PaymentJson[] }>(context.page, context.key, '/v1/payments?display_size=500')
  const successes = await apiGet<{ results: PaymentJson[] }>(context.page, context.key, '/v1/payments?state=success&display_size=500')
  const refundable = successes.results.filter((p) => p.refund_summary?.status === 'available' && p.refund_summary.amount_available > 0)
  const withCard = recent.results.find((p) => p.card_details?.last_digits_card_number)
  if (recent.results.length < count || refundable.length < count || !withCard) {
    throw new Error(`Not enough seeded payments for ${count} runs: ${recent.results.length} recent, ${refundable.length} refundable`)
  }
  const templates = await context.page.evaluate(readFloorTemplates)
  const pagesOf = async (query: string, size: number) =>
    Math.max(1, Math.ceil((await apiGet<{ total: number }>(context.page, context.key, `/v1/payments?${query}&display_size=1`)).total / size))
  const lastDigits = withCard.card_details!.last_digits_card_number!
  // The last 30 days, in whole seconds as the API's dates are written.
  const now = Date.now()
  const toMs = Math.floor(now / 1000) * 1000
  const fromMs = Math.floor((now - 30 * 24 * 3600 * 1000) / 1000) * 1000
  const dates = `from_date=${isoSeconds(fromMs)}&to_date=${isoSeconds(toMs)}`
  return {
    ids: recent.results.slice(0, count).map((p) => p.payment_id),
    /** How many of those are unfinished: a GET of one also stores a new next_url token, as the real API issues one per read. */
    unfinishedIds: recent.results.slice(0, count).filter((p) => p.state?.finished === false).length,
    refundable: refundable.slice(0, count).map((p) => p.payment_id),
    reference: recent.results[0]!.reference,
    lastDigits,
    /** How many pages each paged search has, so every run asks for a page that exists. */
    pages: {
      success: await pagesOf('state=success', 20),
      lastDigits: await pagesOf(`last_digits_card_number=${lastDigits}`, 50),
      recent: await pagesOf(dates, 100),
    },
    now,
    dates: { query: dates, fromMs, toMs },
    templates: templates as { payment: Record<string, unknown>; refund: Record<string, unknown> },
  }
}

type Prepared = Awaited<ReturnType<typeof prepare>>

/** Payments the floor creates live in a service of their own, so they never show up in the playground. */
const FLOOR_SERVICE = 'bench-floor'

function floorPaymentIds(count: number): string[] {
  return Array.from({ length: count }, (_, run) => `benchfloor${String(run).padStart(16, '0')}`)
}

export function plans(context: Context, prepared: Prepared) {
  const { now } = prepared
  const count = context.runs + context.warmUp
  const floorIds = floorPaymentIds(count)
  const { payment, refund } = prepared.templates
  const { warmUp } = context
  const prismId = prepared.ids[0]!

  const create = {
    pace: POST_PACE_MS,
    warmUp,
    ...calls(context, count, (run) => ({
      method: 'POST',
      path: '/v1/payments',
      status: 201,
      body: { amount: 1000 + run, reference: `BENCH-${run}`, description: 'Bench payment', return_url: 'https://example.service.gov.uk/done' },
    })),
    floor: floorIds.map((id, run): FloorCall => {
      const { expiresAt: _expiresAt, ...rest } = payment
      return {
        kind: 'create',
        payment: {
          ...rest,
          id,
          serviceId: FLOOR_SERVICE,
          reference: `BENCH-${run}`,
          referenceKey: `bench-${run}`,
          createdAt: now + run,
          refundedAmount: 0,
          history: [{ status: 'CREATED', at: now + run }],
        },
        token: { token: `bench-floor-token-${run}`, paymentId: id, createdAt: now + run, used: false },
      }
    }),
  }

  const get = {
    pace: GET_PACE_MS,
    warmUp,
    ...calls(context, count, (run) => ({
      method: 'GET',
      path: `/v1/payments/${prepared.ids[run]}`,
      prismPath: `/v1/payments/${prismId}`,
      status: 200,
    })),
    floor: prepared.ids.map((paymentId): FloorCall => ({ kind: 'get', paymentId })),
  }

  const events = {
    pace: GET_PACE_MS,
    warmUp,
    ...calls(context, count, (run) => ({
      method: 'GET',
      path: `/v1/payments/${prepared.ids[run]}/events`,
      prismPath: `/v1/payments/${prismId}/events`,
      status: 200,
    })),
    floor: prepared.ids.map((paymentId): FloorCall => ({ kind: 'events', paymentId })),
  }

  const refundPlan = {
    pace: POST_PACE_MS,
    warmUp,
    ...calls(context, count, (run) => ({
      method: 'POST',
      path: `/v1/payments/${prepared.refundable[run]}/refunds`,
      prismPath: `/v1/payments/${prismId}/refunds`,
      status: 202,
      body: { amount: 1 },
    })),
    floor: floorIds.map((paymentId, run): FloorCall => ({
      kind: 'refund',
      paymentId,
      refund: {
        ...refund,
        id: `benchfloorrefund${String(run).padStart(10, '0')}`,
        paymentId,
        serviceId: FLOOR_SERVICE,
        amount: 1,
        createdAt: now + count + run,
        history: [
          { status: 'submitted', at: now + count + run },
          { status: 'success', at: now + count + run },
        ],
      },
    })),
  }

  // Filters that each select with one index, with pagination, as an integration or the admin site asks.
  const sid = context.serviceId
  const { fromMs, toMs } = prepared.dates
  const variants: Array<(run: number) => { path: string; floor: Omit<Extract<FloorCall, { kind: 'search' }>, 'kind'> }> = [
    (run: number) => {
      const page = 1 + (run % Math.min(10, prepared.pages.success))
      return {
        path: `/v1/payments?state=success&display_size=20&page=${page}`,
        floor: { index: '[serviceId+state+createdAt]', lower: [sid, 'success', -Infinity], upper: [sid, 'success', Infinity], offset: (page - 1) * 20, limit: 20 },
      }
    },
    () => ({
      path: `/v1/payments?reference=${encodeURIComponent(prepared.reference)}`,
      floor: {
        index: '[serviceId+referenceKey+createdAt]',
        lower: [sid, prepared.reference.toLowerCase(), -Infinity],
        upper: [sid, prepared.reference.toLowerCase(), Infinity],
        offset: 0,
        limit: 500,
      },
    }),
    (run: number) => {
      const page = 1 + (run % Math.min(5, prepared.pages.lastDigits))
      return {
        path: `/v1/payments?last_digits_card_number=${prepared.lastDigits}&display_size=50&page=${page}`,
        floor: { index: '[serviceId+lastDigits+createdAt]', lower: [sid, prepared.lastDigits, -Infinity], upper: [sid, prepared.lastDigits, Infinity], offset: (page - 1) * 50, limit: 50 },
      }
    },
    () => ({
      path: `/v1/payments?${prepared.dates.query}&display_size=100&page=${prepared.pages.recent > 1 ? 2 : 1}`,
      floor: { index: '[serviceId+createdAt]', lower: [sid, fromMs + 1], upper: [sid, toMs - 1], offset: prepared.pages.recent > 1 ? 100 : 0, limit: 100 },
    }),
  ]
  const searchRuns = Array.from({ length: count }, (_, run) => variants[run % variants.length]!(run))
  const search = {
    pace: GET_PACE_MS,
    warmUp,
    ...calls(context, count, (run) => ({ method: 'GET', path: searchRuns[run]!.path, status: 200 })),
    floor: searchRuns.map((variant): FloorCall => ({ kind: 'search', ...variant.floor })),
  }

  // The same address as a get, without a key: the simulator answers 401 before any storage is read,
  // so this is the cost of the trip through the service worker itself, with the smallest answer.
  const refused = {
    pace: GET_PACE_MS,
    warmUp,
    playground: prepared.ids.map((id): HttpCall => ({ method: 'GET', url: `${API_BASE_URL}/v1/payments/${id}`, headers: { Accept: 'application/json' }, status: 401 })),
    prism: [],
    floor: prepared.ids.map((): FloorCall => ({ kind: 'none' })),
  }

  return { create, get, search, refund: refundPlan, events, refused }
}

/** What each search of the mix asks for, in the order the runs take them (run n is variant n % 4). */
export const SEARCH_VARIANTS = ['state, 20 a page', 'reference', 'last 4 card digits, 50 a page', 'last 30 days, 100 a page']

export async function measure(page: Page, plan: Parameters<typeof measureOperation>[0]): Promise<OperationTimes> {
  const times = await page.evaluate(measureOperation, plan)
  // Runs of the next operation must not share a rate-limit window with these, when together they could exceed it.
  if (plan.playground.length > 12) await pause(RATE_WINDOW_MS)
  return times
}
