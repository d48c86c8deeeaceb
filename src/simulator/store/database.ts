// The simulator's IndexedDB database. Each schema version is kept as it was published: a change
// adds a new version with an upgrade, never an edit (docs/decisions/004-storage-schema.md).
import { Dexie, type Table } from 'dexie'
import type {
  ApiKeyRecord,
  ExchangeRecord,
  MetaRecord,
  PaymentRecord,
  RefundRecord,
  ServiceRecord,
  TokenRecord,
} from '../model/types.ts'
import type { AgreementRecord, PaymentInstrumentRecord } from '../model/recurring-types.ts'
import type { DisputeRecord } from '../model/dispute-types.ts'
import type { WebhookDeliveryRecord, WebhookMessageRecord, WebhookRecord } from '../model/webhook-types.ts'
import { moveEventsIntoRecords } from './upgrade-v2.ts'

export const DATABASE_NAME = 'pay-playground'

export class PlaygroundDatabase extends Dexie {
  services!: Table<ServiceRecord, string>
  apiKeys!: Table<ApiKeyRecord, string>
  payments!: Table<PaymentRecord, string>
  refunds!: Table<RefundRecord, string>
  tokens!: Table<TokenRecord, string>
  meta!: Table<MetaRecord, string>
  exchanges!: Table<ExchangeRecord, number>
  webhooks!: Table<WebhookRecord, string>
  webhookMessages!: Table<WebhookMessageRecord, string>
  webhookDeliveries!: Table<WebhookDeliveryRecord, number>
  agreements!: Table<AgreementRecord, string>
  paymentInstruments!: Table<PaymentInstrumentRecord, string>
  disputes!: Table<DisputeRecord, string>

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      services: 'id',
      apiKeys: 'id, &hash, serviceId',
      // Every search filter has an index that starts with the service and ends with the creation
      // time, so a filtered page is read newest first straight off one index.
      payments: [
        'id',
        '[serviceId+createdAt]',
        '[serviceId+state+createdAt]',
        '[serviceId+referenceKey+createdAt]',
        '[serviceId+lastDigits+createdAt]',
        '[serviceId+firstDigits+createdAt]',
        'expiresAt',
      ].join(', '),
      refunds: 'id, [paymentId+createdAt], [serviceId+createdAt]',
      events: '++seq, paymentId',
      tokens: 'token, paymentId',
      meta: 'key',
    })
    // Version 2: status histories live inside the payment and refund records, not in `events`,
    // so seeding and every state change write one row less per step (decision 004). The upgrade
    // moves every version-1 event into its record; the emptied table is then dropped.
    this.version(2)
      .stores({ events: null })
      .upgrade((tx) => moveEventsIntoRecords(tx))
    // Version 3: the explorer's request history, written by the service worker that answers the
    // API for every page (decision 012). It was kept in each browser's localStorage before.
    this.version(3).stores({ exchanges: '++seq, serviceId' })
    // Version 5: webhooks, the messages state changes write for them (in the same transaction: an
    // outbox), and their deliveries, due ones found by status and time (decision 016). Three new,
    // empty tables; nothing else changes. There is no version 4: it was kept for agreements, which
    // landed after webhooks as version 6.
    this.version(5).stores({
      webhooks: 'id, serviceId',
      webhookMessages: 'id, [webhookId+createdAt], createdAt',
      webhookDeliveries: '++seq, messageId, [status+sendAt]',
    })
    // Version 6: recurring card payments and disputes (decision 019). Three new tables, and three
    // payment indexes: payments taken with an agreement (search by agreement_id, the agreement's
    // page), Idempotency-Keys of agreement payments, and queued agreement payments still to be
    // authorised (swept like expiry). Records stored before have none of the new fields, so the
    // upgrade only builds the indexes.
    this.version(6).stores({
      payments: [
        'id',
        '[serviceId+createdAt]',
        '[serviceId+state+createdAt]',
        '[serviceId+referenceKey+createdAt]',
        '[serviceId+lastDigits+createdAt]',
        '[serviceId+firstDigits+createdAt]',
        'expiresAt',
        '[serviceId+agreementId+createdAt]',
        '[serviceId+idempotencyKey]',
        'authorisesAt',
      ].join(', '),
      agreements: 'id, [serviceId+createdAt], [serviceId+status+createdAt], [serviceId+referenceKey+createdAt]',
      paymentInstruments: 'id, agreementId',
      disputes: 'id, paymentId, [serviceId+createdAt], [serviceId+status+createdAt]',
    })
  }
}

/** The tables of the simulated service's data: exported, imported and checked as one. */
export const ALL_TABLES = [
  'services',
  'apiKeys',
  'payments',
  'refunds',
  'tokens',
  'meta',
  'webhooks',
  'webhookMessages',
  'webhookDeliveries',
  'agreements',
  'paymentInstruments',
  'disputes',
] as const

/** Tables of this browser's session (the request history): cleared by a reset, never exported. */
export const SESSION_TABLES = ['exchanges'] as const
