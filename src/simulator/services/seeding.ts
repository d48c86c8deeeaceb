// Adding realistic demo payments in bulk (up to 100,000) without freezing the page: records are
// built in memory a chunk at a time, each chunk is written with bulkAdd in one transaction (the
// next one is built while the last is written), and the event loop gets a turn between chunks so
// the page can draw progress and react to "Stop".
import type { PaymentRecord, RefundRecord, TokenRecord } from '../model/types.ts'
import { now } from './clock.ts'
import { database } from './runtime.ts'
import { buildSeededPayment, SCENARIO_WEIGHTS, SEED_SCENARIOS, type SeedContext, seedCardsFor } from './seed-payment.ts'
import { SEED_CHUNK_SIZE, SEED_WRITES_IN_FLIGHT } from './seed-chunks.ts'
import { pickWeighted, seededRandom } from './seeded-random.ts'
import { ensureCurrentService, getService } from './service-accounts.ts'

export const MAX_SEED_COUNT = 100_000
export { SEED_CHUNK_SIZE }

export interface SeedProgress {
  /** payments written so far */
  added: number
  /** payments asked for */
  total: number
}

export interface SeedOptions {
  /** Called after each chunk is saved (and once at the start, with nothing added). */
  onProgress?: (progress: SeedProgress) => void
  /** Aborting stops before the next chunk; the chunks already saved stay. */
  signal?: AbortSignal
  /** The service to add them to; the current service by default. */
  serviceId?: string
  /** Makes the data reproducible (ids and tokens are still random). */
  seed?: number
  /** Payments per transaction; SEED_CHUNK_SIZE unless a measurement wants another. */
  chunkSize?: number
}

export interface SeedResult {
  added: number
  cancelled: boolean
  serviceId: string
}

export class SeedCountError extends RangeError {
  override name = 'SeedCountError'
}

export function checkSeedCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SEED_COUNT) {
    throw new SeedCountError(`The number of payments must be a whole number from 1 to ${MAX_SEED_COUNT.toLocaleString('en-GB')}`)
  }
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** A chunk's rows: each payment carries its status history, each refund its own. */
interface Chunk {
  payments: PaymentRecord[]
  refunds: RefundRecord[]
  tokens: TokenRecord[]
}

/**
 * The scenario of the `index`th payment: the first few go through every scenario once, so even a
 * small batch shows every state; the rest follow the weights.
 */
function scenarioFor(index: number, context: SeedContext) {
  return index < SEED_SCENARIOS.length ? SEED_SCENARIOS[index]! : pickWeighted(context.random, SCENARIO_WEIGHTS)
}

function buildChunk(from: number, size: number, context: SeedContext): Chunk {
  const chunk: Chunk = { payments: [], refunds: [], tokens: [] }
  for (let index = from; index < from + size; index++) {
    const seeded = buildSeededPayment(scenarioFor(index, context), context)
    chunk.payments.push(seeded.payment)
    for (const refund of seeded.refunds) chunk.refunds.push(refund)
    if (seeded.token) chunk.tokens.push(seeded.token)
  }
  return chunk
}

/** What became of one chunk's write: saved, rolled back because seeding stopped, or failed. */
type ChunkOutcome = { saved: true } | { saved: false; error?: unknown }

/**
 * Writes one chunk in its own transaction. When `stop` fires first, the transaction is rolled back
 * and nothing of the chunk is kept. Never rejects: the outcome is waited for later, and a failure
 * must not go unnoticed meanwhile.
 */
async function writeChunk(chunk: Chunk, stop: AbortSignal): Promise<ChunkOutcome> {
  const db = database()
  try {
    await db.transaction('rw', [db.payments, db.refunds, db.tokens], async (transaction) => {
      const rollBack = () => transaction.abort()
      stop.addEventListener('abort', rollBack, { once: true })
      try {
        await Promise.all([
          db.payments.bulkAdd(chunk.payments),
          db.refunds.bulkAdd(chunk.refunds),
          db.tokens.bulkAdd(chunk.tokens),
        ])
      } finally {
        stop.removeEventListener('abort', rollBack)
      }
    })
    return { saved: true }
  } catch (error) {
    return stop.aborted ? { saved: false } : { saved: false, error }
  }
}

/** Adds `count` demo payments in every state, with refunds, to the current service. */
export async function seedPayments(count: number, options: SeedOptions = {}): Promise<SeedResult> {
  checkSeedCount(count)
  const service = options.serviceId ? await getService(options.serviceId) : await ensureCurrentService()
  if (!service) throw new RangeError(`There is no service with the id ${options.serviceId}`)
  const serviceId = service.id
  const context: SeedContext = {
    serviceId,
    now: await now(),
    random: seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)),
    collectBillingAddress: service.settings.collectBillingAddress,
    collectEmail: service.settings.emailCollectionMode !== 'OFF',
    cards: seedCardsFor(service.settings),
  }
  // The next chunk is built and handed to IndexedDB while the one before is still being written,
  // so the page's work overlaps the browser's. Stopping (or a failed chunk) rolls back the chunks
  // still in flight, so what is kept is exactly the chunks reported saved.
  const stop = new AbortController()
  const stopNow = () => stop.abort()
  options.signal?.addEventListener('abort', stopNow, { once: true })
  if (options.signal?.aborted) stop.abort()
  const writing: { size: number; outcome: Promise<ChunkOutcome> }[] = []
  let added = 0
  let issued = 0
  const settleOldest = async () => {
    const { size, outcome } = writing.shift()!
    const written = await outcome
    if (!written.saved) {
      if (written.error === undefined) return
      stop.abort() // what is still in flight is rolled back: only the chunks before the failure stay
      await Promise.all(writing.map((write) => write.outcome))
      throw written.error
    }
    added += size
    options.onProgress?.({ added, total: count })
  }
  options.onProgress?.({ added, total: count })
  try {
    while (issued < count && !stop.signal.aborted) {
      const size = Math.min(options.chunkSize ?? SEED_CHUNK_SIZE, count - issued)
      writing.push({ size, outcome: writeChunk(buildChunk(issued, size, context), stop.signal) })
      issued += size
      if (writing.length >= SEED_WRITES_IN_FLIGHT) await settleOldest()
      if (issued < count) await nextTurn()
    }
    while (writing.length > 0) await settleOldest()
  } finally {
    options.signal?.removeEventListener('abort', stopNow)
  }
  if (added < count) return { added, cancelled: true, serviceId }
  return { added, cancelled: false, serviceId }
}
