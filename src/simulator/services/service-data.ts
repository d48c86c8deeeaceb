// One service's data, for trainers: how much it holds, resetting it to a new test account's state,
// and deleting it. Every table is listed in SERVICE_TABLES with what a reset or a delete does to it,
// typed over every table of the database, so a new table does not compile until it says.
import type { ServiceRecord } from '../model/types.ts'
import type { ALL_TABLES, PlaygroundDatabase, SESSION_TABLES } from '../store/database.ts'
import { database, inTransaction } from './runtime.ts'
import { CURRENT_SERVICE_META_KEY, defaultSettings, ServiceNameError } from './service-accounts.ts'

export interface ServiceCounts {
  payments: number
  refunds: number
  /** keys that still work (not revoked) */
  apiKeys: number
}

/** The key range of a `[serviceId+createdAt]` index that holds one service's records. */
const ofService = (serviceId: string): [unknown[], unknown[]] => [
  [serviceId, -Infinity],
  [serviceId, Infinity],
]

/** How many payments, refunds and working API keys a service has. */
export async function countServiceData(serviceId: string): Promise<ServiceCounts> {
  const db = database()
  return db.transaction('r', [db.payments, db.refunds, db.apiKeys], async () => {
    const [payments, refunds, keys] = await Promise.all([
      db.payments.where('[serviceId+createdAt]').between(...ofService(serviceId)).count(),
      db.refunds.where('[serviceId+createdAt]').between(...ofService(serviceId)).count(),
      db.apiKeys.where('serviceId').equals(serviceId).toArray(),
    ])
    return { payments, refunds, apiKeys: keys.filter((key) => key.revokedAt === undefined).length }
  })
}

/** Meta entries kept for one service are keyed `<what>:<serviceId>` (lessons, faults). */
export const serviceMetaKey = (what: string, serviceId: string): string => `${what}:${serviceId}`
const isServiceMetaKey = (key: string, serviceId: string) => key.endsWith(`:${serviceId}`)

export interface ClearOptions {
  /** what happens to the service itself */
  mode: 'reset' | 'delete'
  /** a reset that keeps the service's API keys working */
  keepApiKeys?: boolean
}

interface Clearing extends ClearOptions {
  db: PlaygroundDatabase
  serviceId: string
  /** the ids of the service's payments, read first */
  paymentIds: string[]
  /** the ids of the service's webhooks, read first */
  webhookIds: string[]
}

/** The ids of the messages written for a service's webhooks. */
const messageIdsOf = async ({ db, webhookIds }: Clearing) =>
  (await db.webhookMessages.filter((message) => webhookIds.includes(message.webhookId)).primaryKeys()) as string[]

type TableName = (typeof ALL_TABLES)[number] | (typeof SESSION_TABLES)[number]

/** What a reset or a delete of one service does to each table. */
const SERVICE_TABLES: Record<TableName, (clearing: Clearing) => Promise<unknown>> = {
  services: async ({ db, serviceId, mode }) => {
    if (mode === 'delete') return db.services.delete(serviceId)
    return db.services.update(serviceId, { settings: defaultSettings() })
  },
  apiKeys: ({ db, serviceId, keepApiKeys }) => (keepApiKeys ? Promise.resolve() : db.apiKeys.where('serviceId').equals(serviceId).delete()),
  payments: ({ db, paymentIds }) => db.payments.bulkDelete(paymentIds),
  refunds: ({ db, serviceId }) => db.refunds.where('[serviceId+createdAt]').between(...ofService(serviceId)).delete(),
  tokens: ({ db, paymentIds }) => db.tokens.where('paymentId').anyOf(paymentIds).delete(),
  meta: ({ db, serviceId }) => db.meta.filter((entry) => isServiceMetaKey(entry.key, serviceId)).delete(),
  exchanges: ({ db, serviceId }) => db.exchanges.where('serviceId').equals(serviceId).delete(),
  // A new test account has no webhooks: both a reset and a delete remove them, their messages and
  // their deliveries (deliveries first, while the messages that find them are still there).
  webhookDeliveries: async (clearing) => clearing.db.webhookDeliveries.where('messageId').anyOf(await messageIdsOf(clearing)).delete(),
  webhookMessages: async (clearing) => clearing.db.webhookMessages.bulkDelete(await messageIdsOf(clearing)),
  webhooks: ({ db, webhookIds }) => db.webhooks.bulkDelete(webhookIds),
  // Nor has it agreements, saved cards or disputes.
  agreements: ({ db, serviceId }) => db.agreements.where('[serviceId+createdAt]').between(...ofService(serviceId)).delete(),
  paymentInstruments: ({ db, serviceId }) => db.paymentInstruments.filter((instrument) => instrument.serviceId === serviceId).delete(),
  disputes: ({ db, serviceId }) => db.disputes.where('[serviceId+createdAt]').between(...ofService(serviceId)).delete(),
}

async function clearService(serviceId: string, options: ClearOptions): Promise<ServiceRecord> {
  const db = database()
  const service = await db.services.get(serviceId)
  if (!service) throw new ServiceNameError(`There is no service with the id ${serviceId}`)
  const paymentIds = (await db.payments.where('[serviceId+createdAt]').between(...ofService(serviceId)).primaryKeys()) as string[]
  const webhookIds = (await db.webhooks.where('serviceId').equals(serviceId).primaryKeys()) as string[]
  const clearing: Clearing = { db, serviceId, paymentIds, webhookIds, ...options }
  for (const clear of Object.values(SERVICE_TABLES)) await clear(clearing)
  return service
}

/**
 * Returns a service to the state of a new test account: no payments, refunds or request history,
 * the default settings, no lesson progress or faults of its own, and no API keys unless kept. Its
 * name and id stay.
 */
export function resetService(serviceId: string, options: { keepApiKeys?: boolean } = {}): Promise<ServiceRecord> {
  return inTransaction(async () => {
    await clearService(serviceId, { mode: 'reset', ...options })
    return (await database().services.get(serviceId))!
  })
}

export const ONLY_SERVICE_MESSAGE = 'You cannot delete the only service. Create another one first, or reset this one.'

/**
 * Deletes a service and everything it holds. The current service cannot be the one left pointing
 * nowhere: if it was deleted, the oldest remaining service becomes current. The only service
 * cannot be deleted.
 */
export function deleteService(serviceId: string): Promise<ServiceRecord> {
  return inTransaction(async () => {
    const db = database()
    if ((await db.services.count()) <= 1) throw new ServiceNameError(ONLY_SERVICE_MESSAGE)
    const deleted = await clearService(serviceId, { mode: 'delete' })
    const current = await db.meta.get(CURRENT_SERVICE_META_KEY)
    if (current?.value === serviceId) {
      const remaining = (await db.services.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      await db.meta.put({ key: CURRENT_SERVICE_META_KEY, value: remaining[0]!.id })
    }
    return deleted
  })
}
