// What the lessons check, read from what the simulator recorded for one service, without changing
// anything: its API keys made since the lessons started, the request history of its keys (and of
// refused keys, which carry no service) since then, and the payments its keys created through the
// API, with their refunds, as stored now. Lessons decide from these facts alone, so a tick always
// stands for something that happened.
import type { ApiKeyRecord, ExchangeRecord, PaymentRecord, RefundRecord, ServiceRecord } from '../model/types.ts'
import { clockOffset } from './clock.ts'
import { getLessonProgress, type LessonProgress } from './lesson-progress.ts'
import { database } from './runtime.ts'

export interface LearningFacts {
  service: ServiceRecord
  progress: LessonProgress
  /** the service's API keys created since the lessons started, oldest first */
  keys: ApiKeyRecord[]
  /** requests sent with the service's keys, or with a key that was refused, since then, oldest first */
  exchanges: ExchangeRecord[]
  /** the payments the service created through the API since then (in the history), oldest first, as stored now */
  payments: PaymentRecord[]
  /** the refunds of those payments, however they were made, oldest first */
  refunds: RefundRecord[]
  /** how far the simulator clock is ahead of real time */
  clockOffsetMs: number
}

/** The payment a 201 answer to POST /v1/payments created, from its stored body. */
export function createdPaymentId(exchange: ExchangeRecord): string | undefined {
  if (exchange.method !== 'POST' || exchange.status !== 201 || !/\/v1\/payments$/.test(new URL(exchange.url).pathname)) return undefined
  try {
    const body: unknown = JSON.parse(exchange.responseBody)
    const id = typeof body === 'object' && body !== null ? (body as { payment_id?: unknown }).payment_id : undefined
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined
  }
}

export async function readLearningFacts(serviceId: string): Promise<LearningFacts | undefined> {
  const db = database()
  return db.transaction('r', [db.services, db.meta, db.apiKeys, db.exchanges, db.payments, db.refunds], async () => {
    const service = await db.services.get(serviceId)
    if (!service) return undefined
    const [progress, offset] = await Promise.all([getLessonProgress(serviceId), clockOffset()])
    const { since } = progress
    const [keys, exchanges] = await Promise.all([
      db.apiKeys.where('serviceId').equals(serviceId).filter((key) => key.createdAt >= since.simulated).sortBy('createdAt'),
      db.exchanges.filter((exchange) => (exchange.serviceId === serviceId || exchange.serviceId === undefined) && exchange.startedAt >= since.real).toArray(),
    ])
    const ids = [...new Set(exchanges.filter((exchange) => exchange.serviceId === serviceId).map(createdPaymentId).filter((id) => id !== undefined))]
    const payments = (await db.payments.bulkGet(ids)).filter((payment) => payment?.serviceId === serviceId) as PaymentRecord[]
    const refunds: RefundRecord[] = []
    for (const id of ids) refunds.push(...(await db.refunds.where('[paymentId+createdAt]').between([id, -Infinity], [id, Infinity]).toArray()))
    return {
      service,
      progress,
      keys,
      exchanges: exchanges.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)),
      payments: payments.sort((a, b) => a.createdAt - b.createdAt),
      refunds: refunds.sort((a, b) => a.createdAt - b.createdAt),
      clockOffsetMs: offset,
    }
  })
}
