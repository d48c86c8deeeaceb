// The storage upgrade to schema version 2 works through the payments a few at a time: every event
// reaches its record whichever step its payment falls in, refunds included, even a refund whose
// payment is not stored, and the `events` table is gone afterwards.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { historiesFromV1Events, type V1EventRecord, type V1PaymentRecord, type V1RefundRecord } from '../../../../src/simulator/store/migrate-v1-events.ts'
import { moveEventsIntoRecords } from '../../../../src/simulator/store/upgrade-v2.ts'
import { PUBLISHED_SCHEMAS } from './schema-history.ts'

const V1_STORES = PUBLISHED_SCHEMAS[0]!.stores as Record<string, string>
let counter = 0

function v1Data() {
  const payments: V1PaymentRecord[] = []
  const refunds: V1RefundRecord[] = []
  const events: V1EventRecord[] = []
  let seq = 0
  // Ids out of creation order, so the id-ordered steps cut across the event order.
  const ids = Array.from({ length: 11 }, (_, i) => `pay${String((i * 7) % 11).padStart(23, '0')}`)
  ids.forEach((id, i) => {
    payments.push({
      id, serviceId: 's1', amount: 1000, description: 'd', reference: `R${i}`, referenceKey: `r${i}`, language: 'en',
      returnUrl: 'https://x.gov.uk', delayedCapture: false, moto: false, status: 'CAPTURED', state: 'success',
      createdAt: i, updatedAt: i + 3, refundedAmount: i % 3 === 0 ? 100 : 0,
    })
  })
  // Interleaved, as several payments' operations were.
  for (const status of ['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION SUCCESS', 'CAPTURE APPROVED', 'CAPTURE READY', 'CAPTURED'] as const) {
    payments.forEach((payment, i) => events.push({ seq: ++seq, paymentId: payment.id, kind: 'payment', status, at: i + seq }))
  }
  payments.forEach((payment, i) => {
    if (i % 3 !== 0) return
    const refund: V1RefundRecord = { id: `ref${String(i).padStart(23, '0')}`, paymentId: payment.id, serviceId: 's1', amount: 100, status: 'success', createdAt: 500 + i }
    refunds.push(refund)
    for (const status of ['submitted', 'success'] as const) events.push({ seq: ++seq, paymentId: payment.id, kind: 'refund', refundId: refund.id, status, amount: 100, at: 500 + i })
  })
  // A refund whose payment is not stored (a version-1 database could hold one only by accident).
  refunds.push({ id: 'orphanrefund00000000000000', paymentId: 'gone', serviceId: 's1', amount: 5, status: 'success', createdAt: 900 })
  events.push({ seq: ++seq, paymentId: 'gone', kind: 'refund', refundId: 'orphanrefund00000000000000', status: 'submitted', amount: 5, at: 900 })
  return { payments, refunds, events }
}

describe('moveEventsIntoRecords', () => {
  it.each([1, 3, 11, 2000])('moves every event into its record, %i payments per step', async (perStep) => {
    const name = `upgrade-v2-${Date.now()}-${counter++}`
    const data = v1Data()
    const old = new Dexie(name)
    old.version(1).stores(V1_STORES)
    await old.open()
    await old.table('payments').bulkAdd(data.payments)
    await old.table('refunds').bulkAdd(data.refunds)
    await old.table('events').bulkAdd(data.events)
    old.close()

    const upgraded = new Dexie(name)
    upgraded.version(1).stores(V1_STORES)
    upgraded.version(2).stores({ events: null }).upgrade((tx) => moveEventsIntoRecords(tx, perStep))
    await upgraded.open()
    const expected = historiesFromV1Events(data.payments, data.refunds, data.events)
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
    expect(await upgraded.table('payments').toArray()).toEqual(byId(expected.payments))
    expect(await upgraded.table('refunds').toArray()).toEqual(byId(expected.refunds))
    expect((await upgraded.table('refunds').get('orphanrefund00000000000000')).history).toEqual([{ status: 'submitted', at: 900 }])
    expect([...upgraded.backendDB().objectStoreNames]).not.toContain('events')
    await upgraded.delete()
  })
})
