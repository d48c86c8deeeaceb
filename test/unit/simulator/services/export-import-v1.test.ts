// Importing an export made by the first published playground (format version 1, storage schema 1,
// histories in an `events` table): its events move into the records, and the API then answers
// exactly what the old playground answered for the same data (fixtures/README.md).
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetRateLimits } from '../../../../src/simulator/http/rate-limiter.ts'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { exportPlayground, importPlayground } from '../../../../src/simulator/services/export-import.ts'
import { api, useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const V1_EXPORT = fixture('v1-export.json')
const V1_VIEWS = JSON.parse(fixture('v1-api-views.json')) as {
  recordedAt: number
  serviceId: string
  paidId: string
  views: { refunds: string; perPayment: Record<string, { state: unknown; refundSummary: unknown; events: string; refunds: string }> }
}

async function get(path: string, key: string) {
  resetRateLimits() // the clock is held still, so every request would fall in one rate-limit window
  return api('GET', path, { key })
}

/** The same reads the version-1 code's answers were recorded with. */
async function apiView(key: string) {
  const search = await get('/v1/payments?display_size=500', key)
  const refunds = await get('/v1/refunds?display_size=500', key)
  const perPayment: Record<string, { state: unknown; refundSummary: unknown; events: string; refunds: string }> = {}
  for (const result of search.json.results as Array<{ payment_id: string }>) {
    const id = result.payment_id
    const payment = (await get(`/v1/payments/${id}`, key)).json
    perPayment[id] = {
      state: payment.state,
      refundSummary: payment.refund_summary,
      events: (await get(`/v1/payments/${id}/events`, key)).text,
      refunds: (await get(`/v1/payments/${id}/refunds`, key)).text,
    }
  }
  return { refunds: refunds.text, perPayment }
}

describe('importing a format-version-1 export', () => {
  beforeEach(() => {
    // Real time as it was when the old playground answered, so expiry and the clock agree.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(V1_VIEWS.recordedAt)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('moves every event into its record, and the API answers as the version-1 playground did', async () => {
    const old = JSON.parse(V1_EXPORT)
    const summary = await importPlayground(V1_EXPORT)
    expect(summary).toMatchObject({ formatVersion: 1, exportedAt: old.exportedAt, counts: { services: 2, apiKeys: 3, payments: 26, refunds: 4 } })

    const key = (await createApiKey(V1_VIEWS.serviceId, 'after import')).key
    const view = await apiView(key)
    expect(Object.keys(view.perPayment).sort()).toEqual(Object.keys(V1_VIEWS.views.perPayment).sort())
    for (const [id, expected] of Object.entries(V1_VIEWS.views.perPayment)) expect(view.perPayment[id], id).toEqual(expected)
    expect(view.refunds).toBe(V1_VIEWS.views.refunds)
    // The twice-refunded payment shows both refunds' submitted and success, after its own steps.
    const events = JSON.parse(view.perPayment[V1_VIEWS.paidId]!.events) as { events: Array<{ state: { status: string } }> }
    expect(events.events.map((event) => event.state.status)).toEqual(['created', 'started', 'submitted', 'success', 'submitted', 'success', 'submitted', 'success'])
  })

  it('keeps every other field of every record as the file had it, and no events table', async () => {
    const old = JSON.parse(V1_EXPORT) as { tables: Record<string, Array<Record<string, unknown>>> }
    await importPlayground(V1_EXPORT)
    const tables = (await exportPlayground()).tables
    expect(Object.keys(tables).sort()).toEqual([
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
    expect([tables.agreements, tables.paymentInstruments, tables.disputes, tables.webhooks]).toEqual([[], [], [], []])
    for (const name of ['services', 'apiKeys', 'tokens', 'meta'] as const) {
      const byKey = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      expect(byKey(tables[name] as unknown as Array<Record<string, unknown>>), name).toEqual(byKey(old.tables[name]!))
    }
    const events = [...old.tables.events!].sort((a, b) => Number(a.seq) - Number(b.seq))
    for (const payment of old.tables.payments!) {
      const now = tables.payments.find((record) => record.id === payment.id)!
      const { history, ...rest } = now
      expect(rest).toEqual(payment)
      const expected = events.filter((event) => event.paymentId === payment.id && event.kind === 'payment').map(({ status, at }) => ({ status, at }))
      expect(history).toEqual(expected)
    }
    for (const refund of old.tables.refunds!) {
      const now = tables.refunds.find((record) => record.id === refund.id)!
      const { history, ...rest } = now
      expect(rest).toEqual(refund)
      expect(history).toEqual([
        { status: 'submitted', at: refund.createdAt },
        { status: 'success', at: refund.createdAt },
      ])
    }
    expect(sim.db().tables.map((table) => table.name)).not.toContain('events')
  })

  it('refuses a version-1 file whose events do not fit, changing nothing', async () => {
    const before = await exportPlayground()
    const spoilt = JSON.parse(V1_EXPORT)
    spoilt.tables.events[0].paymentId = 'nosuchpayment0000000000000'
    await expect(importPlayground(JSON.stringify(spoilt))).rejects.toThrow(
      `Event ${spoilt.tables.events[0].seq} is for payment nosuchpayment0000000000000, which is not in the export.`,
    )
    expect((await exportPlayground()).tables).toEqual(before.tables)
  })

  it('refuses a version-1 file without its events table', async () => {
    const spoilt = JSON.parse(V1_EXPORT)
    delete spoilt.tables.events
    await expect(importPlayground(JSON.stringify(spoilt))).rejects.toThrow('The export has no “events” table.')
  })
})
