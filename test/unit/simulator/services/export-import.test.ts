// Export and import: a round trip gives back exactly the same data, and API keys keep working
// because they travel as hashes (never in full); a refused or failing import changes nothing.
import { describe, expect, it, vi } from 'vitest'
import { createApiKey, revokeApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { sweepExpired } from '../../../../src/simulator/services/expiry.ts'
import {
  exportPlayground,
  exportPlaygroundJson,
  ImportRefusedError,
  importPlayground,
} from '../../../../src/simulator/services/export-import.ts'
import { moveDispute, raiseDispute } from '../../../../src/simulator/services/disputes.ts'
import { getFaultSettings, setFaultSettings } from '../../../../src/simulator/services/faults.ts'
import { resetPlayground } from '../../../../src/simulator/services/reset.ts'
import { createService, defaultSettings, ensureCurrentService, switchService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { runDueDeliveries } from '../../../../src/simulator/services/webhook-deliveries.ts'
import { createWebhook, setWebhookDelivery } from '../../../../src/simulator/services/webhooks.ts'
import { NO_CALLBACKS } from '../../../support/webhook-receivers.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { refund } from '../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

/**
 * A playground with a bit of everything: two services, live and revoked keys, payments, refunds, a
 * webhook whose inbox fails, so its messages have failed deliveries and pending retries.
 */
async function populate() {
  const key = await newKey('live key')
  const revoked = await newKey('old key')
  await revokeApiKey(revoked)
  const service = await ensureCurrentService()
  // The optional settings the Welsh payment pages brought, so the round trip carries them too.
  await updateService(service.id, { settings: { welshName: 'Fy ngwasanaeth prawf', redirectToServiceImmediatelyOnTerminalState: true } })
  const webhook = await createWebhook(service.id, {
    callbackUrl: 'https://your.service.gov.uk/webhooks',
    description: 'Every event',
    subscriptions: ['card_payment_succeeded', 'card_payment_failed', 'card_payment_expired', 'card_payment_captured', 'card_payment_refunded'],
  })
  await setWebhookDelivery(service.id, webhook.id, { destination: 'inbox', inboxAnswer: 503 })
  for (const state of ['created', 'started', 'submitted', 'capturable', 'declined', 'error', 'cancelled', 'user-cancelled'] as const) {
    await paymentIn(state)
  }
  const paid = await paymentIn('success', { amount: 5000 })
  await refund(paid.id, 1200)
  await refund(paid.id, 800)
  await advanceClock({ hours: 2 })
  await sweepExpired() // settle expiry now, so reads before and after the round trip agree on its time
  await runDueDeliveries(NO_CALLBACKS)
  const other = await createService('Parking fines')
  const otherKey = (await createApiKey(other.id, 'parking key')).key
  await paymentIn('success', { serviceId: other.id })
  return { key, revoked, otherKey, paidId: paid.id }
}

/** What an API user can see, with the one-time next_url tokens (new on every read) taken out. */
async function apiView(key: string) {
  const strip = (text: string) => text.replace(/secure\/[0-9a-f-]{36}/g, 'secure/TOKEN').replace(/"chargeTokenId":"[^"]+"/g, '')
  const search = await api('GET', '/v1/payments?display_size=500', { key })
  const refunds = await api('GET', '/v1/refunds', { key })
  const perPayment = []
  for (const result of search.json.results as Array<{ payment_id: string }>) {
    const id = result.payment_id
    perPayment.push(
      strip((await api('GET', `/v1/payments/${id}`, { key })).text),
      (await api('GET', `/v1/payments/${id}/events`, { key })).text,
      (await api('GET', `/v1/payments/${id}/refunds`, { key })).text,
    )
  }
  return { search: strip(search.text), refunds: refunds.text, perPayment }
}

const tablesOf = async () => (await exportPlayground()).tables

describe('exportPlayground', () => {
  it('writes the versioned format with every table, and API keys only as hashes', async () => {
    const { key, revoked } = await populate()
    const { json, document } = await exportPlaygroundJson()
    expect(document).toMatchObject({ format: 'pay-playground-export', version: 4, schemaVersion: 6 })
    expect(Object.keys(document.tables).sort()).toEqual([
      'agreements',
      'apiKeys',
      'disputes',
      'meta',
      'paymentInstruments',
      'payments',
      'refunds',
      'services',
      'tokens',
      'webhookDeliveries',
      'webhookMessages',
      'webhooks',
    ])
    expect(document.tables.payments).toHaveLength(10)
    expect(document.tables.services.find((service) => service.name === 'My test service')?.settings).toMatchObject({
      welshName: 'Fy ngwasanaeth prawf',
      redirectToServiceImmediatelyOnTerminalState: true,
    })
    expect(document.tables.webhooks).toHaveLength(1)
    expect(document.tables.webhookMessages.length).toBeGreaterThan(0)
    expect(document.tables.webhookDeliveries.map((delivery) => delivery.status)).toContain('FAILED')
    expect(document.tables.webhookDeliveries.map((delivery) => delivery.status)).toContain('PENDING')
    expect(document.tables.apiKeys.map((record) => record.name).sort()).toEqual(['live key', 'old key', 'parking key'])
    expect(json).not.toContain(key)
    expect(json).not.toContain(revoked)
    expect(json).not.toContain(key.slice(9, 35))
    expect(Date.parse(document.exportedAt)).not.toBeNaN()
    expect(Date.parse(document.simulatedTime) - Date.parse(document.exportedAt)).toBeGreaterThanOrEqual(2 * 3_600_000 - 1000)
  })

  it('leaves out this browser’s fault settings', async () => {
    await setFaultSettings({ failWith: 'downstream', failures: { kind: 'next', remaining: 3 }, operation: null, latencyMs: 0 })
    const { json } = await exportPlaygroundJson()
    expect(json).not.toContain('"faults"')
  })
})

describe('importPlayground', () => {
  it.each([2, 3])('imports a format-version-2 file (storage schema %i), with no webhooks, agreements or disputes', async (schemaVersion) => {
    const { key } = await populate()
    const written = await exportPlaygroundJson()
    const readsBefore = await apiView(key)
    const { webhooks: _w, webhookMessages: _m, webhookDeliveries: _d, agreements: _a, paymentInstruments: _p, disputes: _s, ...v2Tables } =
      written.document.tables
    const previousRelease = JSON.stringify({ ...written.document, version: 2, schemaVersion, tables: v2Tables })
    await resetPlayground()
    const summary = await importPlayground(previousRelease)
    expect(summary.counts).toEqual({ services: 2, apiKeys: 3, payments: 10, refunds: 2 })
    expect(summary.formatVersion).toBe(2)
    expect(await apiView(key)).toEqual(readsBefore)
    const tables = await tablesOf()
    expect([tables.webhooks, tables.webhookMessages, tables.webhookDeliveries]).toEqual([[], [], []])
    expect([tables.agreements, tables.paymentInstruments, tables.disputes]).toEqual([[], [], []])
  })

  it('imports a format-version-3 file (storage schema 5, the release before agreements) with its webhooks and no agreements', async () => {
    const { key } = await populate()
    const written = await exportPlaygroundJson()
    const readsBefore = await apiView(key)
    const { agreements: _a, paymentInstruments: _p, disputes: _s, ...v3Tables } = written.document.tables
    await resetPlayground()
    const summary = await importPlayground(JSON.stringify({ ...written.document, version: 3, schemaVersion: 5, tables: v3Tables }))
    expect(summary.formatVersion).toBe(3)
    expect(await apiView(key)).toEqual(readsBefore)
    const tables = await tablesOf()
    expect(tables.webhooks).toHaveLength(1)
    expect([tables.agreements, tables.paymentInstruments, tables.disputes]).toEqual([[], [], []])
  })

  it('refuses a format-version-3 file that has the tables format version 4 added', async () => {
    await populate()
    const written = JSON.parse((await exportPlaygroundJson()).json)
    const attempt = importPlayground(JSON.stringify({ ...written, version: 3, schemaVersion: 5 }))
    await expect(attempt).rejects.toThrow('The export has a table this playground does not know: “agreements”.')
  })

  it('leaves out a tab’s claim on a delivery it is making', async () => {
    await populate()
    const db = (await import('../../../../src/simulator/services/runtime.ts')).database()
    const pending = (await db.webhookDeliveries.toArray()).find((delivery) => delivery.status === 'PENDING')!
    await db.webhookDeliveries.put({ ...pending, claimedUntil: Date.now() + 30_000, claimedBy: 'another tab' })
    const { json } = await exportPlaygroundJson()
    expect(json).not.toContain('claimedBy')
    expect(json).not.toContain('claimedUntil')
  })

  it('restores exactly what was exported after a reset: records, API reads, current service and clock', async () => {
    const { key, revoked, otherKey } = await populate()
    const before = await exportPlaygroundJson()
    const readsBefore = await apiView(key)
    const otherBefore = await apiView(otherKey)

    await resetPlayground()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(401)

    const summary = await importPlayground(before.json)
    expect(summary.counts).toEqual({ services: 2, apiKeys: 3, payments: 10, refunds: 2 })
    expect(summary.formatVersion).toBe(4)
    expect(summary.exportedAt).toBe(before.document.exportedAt)
    expect(await tablesOf()).toEqual(before.document.tables)

    expect(await apiView(key)).toEqual(readsBefore)
    expect(await apiView(otherKey)).toEqual(otherBefore)
    expect((await api('GET', '/v1/payments', { key: revoked })).status).toBe(401)
    expect((await ensureCurrentService()).name).toBe('My test service')
  })

  it('carries the settings GOV.UK Pay support set and MOTO security through an export and an import', async () => {
    const service = await ensureCurrentService()
    const changed = {
      recurringPayments: true,
      authorisationApi: true,
      blockPrepaidCards: true,
      corporateCreditCardSurcharge: 250,
      corporateDebitCardSurcharge: 1,
      corporatePrepaidDebitCardSurcharge: 100_000,
      motoMaskCardNumber: true,
      motoMaskSecurityCode: true,
    }
    await updateService(service.id, { settings: changed })
    const { json, document } = await exportPlaygroundJson()
    expect(document.tables.services[0]?.settings).toMatchObject(changed)
    await resetPlayground()
    expect((await ensureCurrentService()).settings).toStrictEqual(defaultSettings())
    await importPlayground(json)
    expect((await ensureCurrentService()).settings).toStrictEqual({ ...defaultSettings(), ...changed })
  })

  it('carries a raised dispute, lost with its fee and history, through an export and an import after a reset', async () => {
    const key = await newKey()
    const paid = await paymentIn('success', { amount: 2500 })
    const dispute = await raiseDispute(paid.serviceId, paid.id, 'fraudulent')
    await advanceClock({ days: 1 })
    await moveDispute(paid.serviceId, dispute.id, 'lost')
    const disputesBefore = (await api('GET', '/v1/disputes', { key })).text
    const paymentBefore = (await api('GET', `/v1/payments/${paid.id}`, { key })).json
    const { json } = await exportPlaygroundJson()

    await resetPlayground()
    await importPlayground(json)
    const [restored] = (await tablesOf()).disputes
    expect(restored).toMatchObject({ id: dispute.id, status: 'lost', fee: 1500, netAmount: -4000 })
    expect(restored?.history.map((step) => step.status)).toEqual(['needs_response', 'lost'])
    expect((await api('GET', '/v1/disputes', { key })).text).toBe(disputesBefore)
    const paymentAfter = (await api('GET', `/v1/payments/${paid.id}`, { key })).json
    expect(paymentAfter.refund_summary).toEqual(paymentBefore.refund_summary)
    expect(paymentAfter.refund_summary.status).toBe('unavailable')
    await expect(raiseDispute(paid.serviceId, paid.id, 'duplicate')).rejects.toThrow(/already been disputed/)
  })

  it('lets a key created after the import coexist with imported ones, and imported histories carry on', async () => {
    const { paidId } = await populate()
    const { json } = await exportPlaygroundJson()
    await importPlayground(json)
    const fresh = await newKey('after import')
    expect((await api('GET', '/v1/payments', { key: fresh })).status).toBe(200)
    await paymentIn('created')
    await refund(paidId, 500)
    const events = (await api('GET', `/v1/payments/${paidId}/events`, { key: fresh })).json.events as Array<{ state: { status: string } }>
    expect(events.map((event) => event.state.status)).toEqual(['created', 'started', 'submitted', 'success', 'submitted', 'success', 'submitted', 'success', 'submitted', 'success'])
  })

  it('keeps this browser’s fault settings as they were', async () => {
    await populate()
    const { json } = await exportPlaygroundJson()
    const faults = { failWith: 'downstream', failures: { kind: 'percentage', percent: 25 }, operation: 'getPayment', latencyMs: 100 } as const
    await setFaultSettings(faults)
    await importPlayground(json)
    expect(await getFaultSettings()).toEqual(faults)
  })

  it('writes in one transaction: a failure part way through leaves everything as it was', async () => {
    await populate()
    const { json } = await exportPlaygroundJson()
    const other = await createService('Made after the export')
    await switchService(other.id)
    const before = await tablesOf()
    const db = (await import('../../../../src/simulator/services/runtime.ts')).database()
    const spy = vi.spyOn(db.refunds, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'))
    await expect(importPlayground(json)).rejects.toThrow('disk full')
    spy.mockRestore()
    expect(await tablesOf()).toEqual(before)
  })

  describe('refuses a bad or foreign file with a specific message, changing nothing', () => {
    const valid = async () => JSON.parse((await exportPlaygroundJson()).json) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely below

    const CASES: Array<[string, (file: Record<string, any>) => string, string]> = [ // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
      ['text that is not JSON', () => 'name,amount\nA,1', 'The file is not a playground export: it is not valid JSON.'],
      ['JSON that is not an object', () => '[1, 2, 3]', 'The file is not a playground export: it holds JSON, but not an object.'],
      ['a file with no format', (file) => JSON.stringify({ ...file, format: undefined }), 'The file is not a playground export: it has no “format” field.'],
      [
        'another program’s export',
        () => JSON.stringify({ formatName: 'dexie', format: 'dexie', data: {} }),
        'The file is not a playground export: its format is "dexie", not "pay-playground-export".',
      ],
      [
        'a newer version of the format',
        (file) => JSON.stringify({ ...file, version: 5 }),
        'The file was exported by a newer version of the playground (export format version 5). This playground can import format version 4 or older.',
      ],
      [
        'a newer storage schema',
        (file) => JSON.stringify({ ...file, schemaVersion: 7 }),
        'The file holds data in storage schema version 7, but this playground stores version 6, so it cannot be imported.',
      ],
      [
        'a format-version-4 file labelled format version 1',
        (file) => JSON.stringify({ ...file, version: 1 }),
        'The file says it holds data in storage schema version 6, but export format version 1 always holds version 1, so it cannot be imported.',
      ],
      [
        'a payment without its history',
        (file) => {
          delete file.tables.payments[0].history
          return JSON.stringify(file)
        },
        'Record 1 of the “payments” table is not valid: “history” is missing.',
      ],
      [
        'a refund history with a payment status',
        (file) => {
          file.tables.refunds[0].history[1].status = 'CAPTURED'
          return JSON.stringify(file)
        },
        'Record 1 of the “refunds” table is not valid: “history” has an item that has a problem: “status” must be one of "submitted", "success", "error".',
      ],
      [
        'an events table, which format version 2 no longer has',
        (file) => JSON.stringify({ ...file, tables: { ...file.tables, events: [] } }),
        'The export has a table this playground does not know: “events”.',
      ],
      ['no tables', (file) => JSON.stringify({ ...file, tables: undefined }), 'The export has no “tables”, so there is nothing to import.'],
      [
        'a missing table',
        (file) => JSON.stringify({ ...file, tables: { ...file.tables, refunds: undefined } }),
        'The export has no “refunds” table.',
      ],
      [
        'a table that is not a list',
        (file) => JSON.stringify({ ...file, tables: { ...file.tables, payments: {} } }),
        'The “payments” table in the export is not a list of records.',
      ],
      [
        'an amount that is not whole pence',
        (file) => {
          file.tables.payments[1].amount = '10.50'
          return JSON.stringify(file)
        },
        'Record 2 of the “payments” table is not valid: “amount” must be a whole number from 0 to 10000000.',
      ],
      [
        'a key stored without its hash',
        (file) => {
          delete file.tables.apiKeys[0].hash
          file.tables.apiKeys[0].key = 'api_test_whatever'
          return JSON.stringify(file)
        },
        'Record 1 of the “apiKeys” table is not valid: “hash” is missing.',
      ],
      [
        'an unknown payment status',
        (file) => {
          file.tables.payments[0].status = 'PAID'
          return JSON.stringify(file)
        },
        'Record 1 of the “payments” table is not valid: “status” must be one of',
      ],
      [
        'a refund for a payment not in the file',
        (file) => {
          file.tables.refunds[0].paymentId = 'nosuchpayment0000000000000'
          return JSON.stringify(file)
        },
        'is for payment nosuchpayment0000000000000, which is not in the export.',
      ],
      [
        'refunds that do not add up',
        (file) => {
          file.tables.refunds[0].amount += 1
          return JSON.stringify(file)
        },
        'is not the total of its refunds',
      ],
      [
        'two payments with the same id',
        (file) => {
          file.tables.payments[1].id = file.tables.payments[0].id
          return JSON.stringify(file)
        },
        'Two records of the “payments” table have the same id',
      ],
      [
        'a format-version-3 file without its webhooks',
        (file) => JSON.stringify({ ...file, tables: { ...file.tables, webhooks: undefined } }),
        'The export has no “webhooks” table.',
      ],
      [
        'a webhook whose signing secret is not one',
        (file) => {
          file.tables.webhooks[0].signingKey = 'api_test_123'
          return JSON.stringify(file)
        },
        'Record 1 of the “webhooks” table is not valid: “signingKey” must be a signing secret (webhook_test_ and letters and digits).',
      ],
      [
        'a webhook message for a webhook not in the file',
        (file) => {
          file.tables.webhookMessages[0].webhookId = 'nosuchwebhook'
          return JSON.stringify(file)
        },
        'is for webhook nosuchwebhook, which is not in the export.',
      ],
      [
        'a webhook message whose body is not JSON',
        (file) => {
          file.tables.webhookMessages[0].body = '{"webhook_message_id":'
          return JSON.stringify(file)
        },
        'Record 1 of the “webhookMessages” table is not valid: “body” must be the text of a JSON object.',
      ],
      [
        'a delivery of a message not in the file',
        (file) => {
          file.tables.webhookDeliveries[0].messageId = 'nosuchmessage'
          return JSON.stringify(file)
        },
        'is of message nosuchmessage, which is not in the export.',
      ],
      [
        'a format-version-4 file without its agreements',
        (file) => JSON.stringify({ ...file, tables: { ...file.tables, agreements: undefined } }),
        'The export has no “agreements” table.',
      ],
      ['an unknown table', (file) => JSON.stringify({ ...file, tables: { ...file.tables, mandates: [] } }), 'The export has a table this playground does not know: “mandates”.'],
    ]

    it.each(CASES)('%s', async (_what, spoil, message) => {
      await populate()
      const text = spoil(await valid())
      const before = await tablesOf()
      const attempt = importPlayground(text)
      await expect(attempt).rejects.toBeInstanceOf(ImportRefusedError)
      await expect(attempt).rejects.toThrow(message)
      expect(await tablesOf()).toEqual(before)
    })
  })
})
