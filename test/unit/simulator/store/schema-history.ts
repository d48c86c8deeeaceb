// Every published version of the database schema, frozen as it shipped, with data representative
// of what that version's code wrote. The migration test opens each with the current code.
//
// Adding `version(n + 1)` to src/simulator/store/database.ts? Add its entry here: the exact stores
// you declared, representative data in the new shape, and on the entry before it an `upgrade`
// function describing what that older data reads as afterwards. migrations.test.ts fails until you do.
// Versions are listed in order; a number may be skipped only while another branch holds it.

/** A record as stored: plain data, typed loosely because older versions' shapes are not today's types. */
export type StoredRecord = Record<string, unknown>
export type StoredData = Record<string, StoredRecord[]>

export interface PublishedSchema {
  version: number
  /** Exactly what `db.version(version).stores({...})` declared (null drops a table). */
  stores: Record<string, string | null>
  /** Data written by this version's code. */
  data: () => StoredData
  /** What data of this version reads as after the next version's upgrade (unchanged if absent). */
  upgrade?: (data: StoredData) => StoredData
}

const SERVICE_ID = '0a1b2c3d4e5f6g7h8i9j0k1l2m'
const OTHER_SERVICE_ID = 'm2l1k0j9i8h7g6f5e4d3c2b1a0'
const T0 = Date.UTC(2026, 0, 15, 9, 30)
const minutes = (n: number) => T0 + n * 60_000

const settings = {
  emailCollectionMode: 'MANDATORY',
  collectBillingAddress: true,
  defaultBillingAddressCountry: 'GB',
  acceptedCardTypes: [
    { brand: 'visa', type: 'DEBIT' },
    { brand: 'visa', type: 'CREDIT' },
    { brand: 'master-card', type: 'DEBIT' },
  ],
  delayedCapture: false,
  moto: false,
}

function payment(id: string, overrides: StoredRecord): StoredRecord {
  return {
    id,
    serviceId: SERVICE_ID,
    amount: 14500,
    description: 'Pay your council tax',
    reference: 'REF-001',
    referenceKey: 'ref-001',
    language: 'en',
    returnUrl: 'https://your.service.gov.uk/completed',
    delayedCapture: false,
    moto: false,
    status: 'CREATED',
    state: 'created',
    createdAt: minutes(0),
    updatedAt: minutes(0),
    expiresAt: minutes(90),
    refundedAmount: 0,
    ...overrides,
  }
}

const visaCard = {
  lastDigits: '4242',
  firstDigits: '424242',
  cardholderName: 'Ms J Bloggs',
  expiryDate: '12/30',
  billingAddress: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
  brandLabel: 'Visa',
  cardType: 'credit',
}

const PAID = 'paid00000000000000000000a1'
const NEW = 'new000000000000000000000a1'
const CAPTURABLE = 'cap000000000000000000000a1'
const EXPIRED = 'exp000000000000000000000a1'
const OTHER = 'oth000000000000000000000a1'
const REFUND = 'ref000000000000000000000a1'
/** A refund with no events: version 1 always wrote two, but a hand-edited import could leave none. */
const BARE_REFUND = 'ref000000000000000000000a2'

function version1Data(): StoredData {
  const paid = PAID
  return {
    services: [
      { id: SERVICE_ID, name: 'My test service', createdAt: minutes(-60), settings },
      { id: OTHER_SERVICE_ID, name: 'Cohort 2 — Welsh service', createdAt: minutes(-30), settings: { ...settings, moto: true } },
    ],
    apiKeys: [
      { id: 'key0000000000000000000000a1', serviceId: SERVICE_ID, name: 'Training key', hash: 'a'.repeat(64), createdAt: minutes(-50), lastUsedAt: minutes(5) },
      { id: 'key0000000000000000000000a2', serviceId: SERVICE_ID, name: 'Old key', hash: 'b'.repeat(64), createdAt: minutes(-45), revokedAt: minutes(-1) },
    ],
    payments: [
      payment(NEW, { metadata: { ledger_code: 'AB100', fund: 12, urgent: true } }),
      payment(paid, {
        status: 'CAPTURED',
        state: 'success',
        expiresAt: undefined,
        email: 'j.bloggs@example.com',
        cardDetails: visaCard,
        lastDigits: '4242',
        firstDigits: '424242',
        providerId: '8b7f9d1e-3c2a-4f5b-9e6d-1a2b3c4d5e6f',
        captureSubmitTime: minutes(3),
        capturedDate: '2026-01-15',
        refundedAmount: 2500,
        updatedAt: minutes(12),
      }),
      payment(CAPTURABLE, {
        status: 'AWAITING CAPTURE REQUEST',
        state: 'capturable',
        delayedCapture: true,
        expiresAt: minutes(5 * 24 * 60),
        cardDetails: { ...visaCard, billingAddress: null, cardType: 'debit' },
        lastDigits: '4242',
        firstDigits: '424242',
      }),
      payment(EXPIRED, { status: 'EXPIRED', state: 'failed', expiresAt: undefined, updatedAt: minutes(91), reference: 'Côte — “quoted”', referenceKey: 'côte — “quoted”' }),
      // No events at all: its history stays empty, as its events list was.
      payment(OTHER, { serviceId: OTHER_SERVICE_ID, language: 'cy', amount: 1 }),
    ].map(withoutUndefined),
    refunds: [
      { id: REFUND, paymentId: paid, serviceId: SERVICE_ID, amount: 2000, status: 'success', createdAt: minutes(10) },
      { id: BARE_REFUND, paymentId: paid, serviceId: SERVICE_ID, amount: 500, status: 'success', createdAt: minutes(12) },
    ],
    // As several payments' operations interleave: each payment's events are in `seq` order, not together.
    events: [
      { seq: 1, paymentId: paid, kind: 'payment', status: 'CREATED', at: minutes(0) },
      { seq: 2, paymentId: NEW, kind: 'payment', status: 'CREATED', at: minutes(0) },
      { seq: 3, paymentId: CAPTURABLE, kind: 'payment', status: 'CREATED', at: minutes(0) },
      { seq: 4, paymentId: EXPIRED, kind: 'payment', status: 'CREATED', at: minutes(0) },
      { seq: 5, paymentId: paid, kind: 'payment', status: 'ENTERING CARD DETAILS', at: minutes(1) },
      { seq: 6, paymentId: CAPTURABLE, kind: 'payment', status: 'ENTERING CARD DETAILS', at: minutes(1) },
      { seq: 7, paymentId: paid, kind: 'payment', status: 'AUTHORISATION READY', at: minutes(2) },
      { seq: 8, paymentId: paid, kind: 'payment', status: 'AUTHORISATION SUCCESS', at: minutes(2) },
      { seq: 9, paymentId: CAPTURABLE, kind: 'payment', status: 'AUTHORISATION READY', at: minutes(2) },
      { seq: 10, paymentId: CAPTURABLE, kind: 'payment', status: 'AUTHORISATION SUCCESS', at: minutes(2) },
      { seq: 11, paymentId: paid, kind: 'payment', status: 'CAPTURE APPROVED', at: minutes(3) },
      { seq: 12, paymentId: paid, kind: 'payment', status: 'CAPTURE READY', at: minutes(3) },
      { seq: 13, paymentId: paid, kind: 'payment', status: 'CAPTURED', at: minutes(3) },
      { seq: 14, paymentId: CAPTURABLE, kind: 'payment', status: 'AWAITING CAPTURE REQUEST', at: minutes(4) },
      { seq: 15, paymentId: paid, kind: 'refund', refundId: REFUND, status: 'submitted', amount: 2000, at: minutes(10) },
      { seq: 16, paymentId: paid, kind: 'refund', refundId: REFUND, status: 'success', amount: 2000, at: minutes(10) },
      { seq: 17, paymentId: EXPIRED, kind: 'payment', status: 'EXPIRED', at: minutes(91) },
    ],
    tokens: [
      { token: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', paymentId: NEW, createdAt: minutes(0), used: false },
      { token: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b', paymentId: paid, createdAt: minutes(0), used: true },
    ],
    meta: [
      { key: 'currentServiceId', value: SERVICE_ID },
      { key: 'clockOffsetMs', value: 3 * 60 * 60_000 },
    ],
  }
}

function withoutUndefined(record: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

const step = (status: string, at: number) => ({ status, at })

/** Each version-1 payment's events, in `seq` order, as the history version 2 keeps in the record. */
const V1_PAYMENT_HISTORIES: Record<string, StoredRecord[]> = {
  [PAID]: [
    step('CREATED', minutes(0)),
    step('ENTERING CARD DETAILS', minutes(1)),
    step('AUTHORISATION READY', minutes(2)),
    step('AUTHORISATION SUCCESS', minutes(2)),
    step('CAPTURE APPROVED', minutes(3)),
    step('CAPTURE READY', minutes(3)),
    step('CAPTURED', minutes(3)),
  ],
  [NEW]: [step('CREATED', minutes(0))],
  [CAPTURABLE]: [
    step('CREATED', minutes(0)),
    step('ENTERING CARD DETAILS', minutes(1)),
    step('AUTHORISATION READY', minutes(2)),
    step('AUTHORISATION SUCCESS', minutes(2)),
    step('AWAITING CAPTURE REQUEST', minutes(4)),
  ],
  [EXPIRED]: [step('CREATED', minutes(0)), step('EXPIRED', minutes(91))],
  [OTHER]: [],
}

/** Each version-1 refund's events; the one without events gets its status at its creation time. */
const V1_REFUND_HISTORIES: Record<string, StoredRecord[]> = {
  [REFUND]: [step('submitted', minutes(10)), step('success', minutes(10))],
  [BARE_REFUND]: [step('success', minutes(12))],
}

/**
 * What version-1 data reads as under version 2: every event is in its payment's or refund's
 * `history`, the `events` table is gone, and every other field of every record is as it was.
 */
function upgradeToVersion2(data: StoredData): StoredData {
  const { events: _events, ...rest } = data
  return {
    ...rest,
    payments: data.payments!.map((record) => ({ ...record, history: V1_PAYMENT_HISTORIES[record.id as string] })),
    refunds: data.refunds!.map((record) => ({ ...record, history: V1_REFUND_HISTORIES[record.id as string] })),
  }
}

/** Data as version 2's code writes it: histories in the records (here, version 1's data upgraded). */
const version2Data = (): StoredData => upgradeToVersion2(version1Data())

/** Version 3's code writes what version 2's did, plus the request history. */
function version3Data(): StoredData {
  return {
    ...version2Data(),
    exchanges: [
      {
        seq: 1,
        method: 'GET',
        url: 'https://publicapi.payments.service.gov.uk/v1/payments/abc',
        status: 404,
        startedAt: minutes(5),
        durationMs: 7,
        requestHeaders: { authorization: 'Bearer [redacted]' },
        requestBody: '',
        responseHeaders: { 'content-type': 'application/json' },
        responseBody: '{"code":"P0200","description":"Not found"}',
        source: 'explorer',
        serviceId: SERVICE_ID,
        serviceName: 'My test service',
        keyName: 'test key',
      },
    ],
  }
}

const WEBHOOK = 'w0000000000000000000000001'
const MESSAGE = 'm0000000000000000000000001'

/** Version 5's code writes what version 3's did, plus webhooks, their messages and deliveries. */
function version5Data(): StoredData {
  const body = JSON.stringify({
    webhook_message_id: MESSAGE,
    created_date: new Date(minutes(3)).toISOString(),
    resource_id: PAID,
    api_version: 1,
    resource_type: 'payment',
    event_type: 'card_payment_captured',
    resource: { payment_id: PAID, amount: 14500, state: { status: 'success', finished: true } },
  })
  return {
    ...version3Data(),
    webhooks: [
      {
        id: WEBHOOK,
        serviceId: SERVICE_ID,
        callbackUrl: 'https://your.service.gov.uk/webhooks',
        description: 'Council tax payments',
        subscriptions: ['card_payment_captured', 'card_payment_refunded'],
        status: 'ACTIVE',
        signingKey: 'webhook_test_a1b2c3d4e5f6g7h8i9j0k1l2m3',
        createdAt: minutes(-10),
        destination: 'inbox',
        inboxAnswer: 500,
      },
    ],
    webhookMessages: [
      {
        id: MESSAGE,
        webhookId: WEBHOOK,
        serviceId: SERVICE_ID,
        createdAt: minutes(3),
        eventDate: minutes(3),
        eventType: 'card_payment_captured',
        resourceId: PAID,
        resourceType: 'payment',
        body,
        lastDeliveryStatus: 'FAILED',
      },
    ],
    webhookDeliveries: [
      {
        seq: 1,
        messageId: MESSAGE,
        webhookId: WEBHOOK,
        serviceId: SERVICE_ID,
        createdAt: minutes(3),
        sendAt: minutes(3),
        status: 'FAILED',
        statusCode: 500,
        result: '500 Internal Server Error',
        responseTimeMs: 0,
        signature: 'ab'.repeat(32),
        route: 'inbox',
        url: 'inbox',
      },
      { seq: 2, messageId: MESSAGE, webhookId: WEBHOOK, serviceId: SERVICE_ID, createdAt: minutes(3), sendAt: minutes(4), status: 'PENDING' },
    ],
  }
}

const AGREEMENT = 'agr000000000000000000000a1'
const INSTRUMENT = 'ins000000000000000000000a1'
const SET_UP = 'set000000000000000000000a1'
const RECURRING = 'rec000000000000000000000a1'

/**
 * Version 6's code writes what version 5's did, with the new settings, payments set up with and
 * taken with an agreement (a corporate card fee on one, a dispute on the other), and the agreement,
 * its payment instrument and the dispute in their own tables.
 */
function version6Data(): StoredData {
  const earlier = version5Data()
  const services = earlier.services!.map((service, index) => ({
    ...service,
    settings: {
      ...(service.settings as StoredRecord),
      recurringPayments: index === 0,
      authorisationApi: false,
      blockPrepaidCards: false,
      corporateCreditCardSurcharge: 250,
      corporateDebitCardSurcharge: 0,
      corporatePrepaidDebitCardSurcharge: 0,
    },
  }))
  const paid = (id: string, overrides: StoredRecord) =>
    payment(id, {
      status: 'CAPTURED',
      state: 'success',
      expiresAt: undefined,
      cardDetails: visaCard,
      lastDigits: '4242',
      firstDigits: '424242',
      agreementId: AGREEMENT,
      agreementPaymentType: 'recurring',
      paymentInstrumentId: INSTRUMENT,
      history: [step('CREATED', minutes(0)), step('CAPTURED', minutes(1))],
      ...overrides,
    })
  return {
    ...earlier,
    services,
    payments: [
      ...earlier.payments!,
      withoutUndefined(paid(SET_UP, { setUpAgreement: true, corporateSurcharge: 250, reference: 'SETUP-1', referenceKey: 'setup-1' })),
      withoutUndefined(
        paid(RECURRING, {
          returnUrl: '',
          authorisationMode: 'agreement',
          idempotencyKey: 'order-1',
          idempotencyFingerprint: '{"amount":14500}',
          disputeStatus: 'needs_response',
        }),
      ),
    ],
    agreements: [
      {
        id: AGREEMENT,
        serviceId: SERVICE_ID,
        reference: 'CT-22-23-0001',
        referenceKey: 'ct-22-23-0001',
        description: 'Council tax by monthly instalments',
        userIdentifier: 'user-1',
        status: 'active',
        createdAt: minutes(-5),
        updatedAt: minutes(1),
      },
    ],
    paymentInstruments: [
      { id: INSTRUMENT, serviceId: SERVICE_ID, agreementId: AGREEMENT, paymentId: SET_UP, status: 'active', createdAt: minutes(1), cardDetails: visaCard },
    ],
    disputes: [
      {
        id: 'dis000000000000000000000a1',
        serviceId: SERVICE_ID,
        paymentId: RECURRING,
        amount: 14500,
        reason: 'fraudulent',
        status: 'needs_response',
        createdAt: minutes(60),
        evidenceDueAt: minutes(60 + 7 * 24 * 60),
        history: [step('needs_response', minutes(60))],
      },
    ],
  }
}

export const PUBLISHED_SCHEMAS: PublishedSchema[] = [
  {
    version: 1,
    stores: {
      services: 'id',
      apiKeys: 'id, &hash, serviceId',
      payments:
        'id, [serviceId+createdAt], [serviceId+state+createdAt], [serviceId+referenceKey+createdAt], [serviceId+lastDigits+createdAt], [serviceId+firstDigits+createdAt], expiresAt',
      refunds: 'id, [paymentId+createdAt], [serviceId+createdAt]',
      events: '++seq, paymentId',
      tokens: 'token, paymentId',
      meta: 'key',
    },
    data: version1Data,
    upgrade: upgradeToVersion2,
  },
  {
    version: 2,
    stores: { events: null },
    data: version2Data,
    // Version 3 adds the request history, empty: the history of that time was in localStorage.
    upgrade: (data) => ({ ...data, exchanges: [] }),
  },
  {
    version: 3,
    stores: { exchanges: '++seq, serviceId' },
    data: version3Data,
    // Version 5 adds the webhooks tables, empty.
    upgrade: (data) => ({ ...data, webhooks: [], webhookMessages: [], webhookDeliveries: [] }),
  },
  // There is no version 4: it was kept for agreements, which landed after webhooks as version 6.
  {
    version: 5,
    stores: {
      webhooks: 'id, serviceId',
      webhookMessages: 'id, [webhookId+createdAt], createdAt',
      webhookDeliveries: '++seq, messageId, [status+sendAt]',
    },
    data: version5Data,
    // Version 6 adds recurring payments and disputes, empty: nothing of the kind existed before.
    upgrade: (data) => ({ ...data, agreements: [], paymentInstruments: [], disputes: [] }),
  },
  {
    version: 6,
    stores: {
      payments:
        'id, [serviceId+createdAt], [serviceId+state+createdAt], [serviceId+referenceKey+createdAt], [serviceId+lastDigits+createdAt], [serviceId+firstDigits+createdAt], expiresAt, [serviceId+agreementId+createdAt], [serviceId+idempotencyKey], authorisesAt',
      agreements: 'id, [serviceId+createdAt], [serviceId+status+createdAt], [serviceId+referenceKey+createdAt]',
      paymentInstruments: 'id, agreementId',
      disputes: 'id, paymentId, [serviceId+createdAt], [serviceId+status+createdAt]',
    },
    data: version6Data,
  },
]
