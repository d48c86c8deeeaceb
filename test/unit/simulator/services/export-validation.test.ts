// Checks on an export that the round-trip tests do not reach: events, tokens, keys and meta that do
// not fit the rest of the file.
import { describe, expect, it } from 'vitest'
import { ImportRefusedError, readExport } from '../../../../src/simulator/services/export-validation.ts'

const HASH = 'a'.repeat(64)

function file(change: (tables: Record<string, any[]>) => void = () => {}) { // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-made file
  const tables: Record<string, any[]> = { // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
    services: [
      {
        id: 's1',
        name: 'My test service',
        createdAt: 1,
        settings: {
          emailCollectionMode: 'MANDATORY',
          collectBillingAddress: true,
          defaultBillingAddressCountry: 'GB',
          acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }],
          delayedCapture: false,
          moto: false,
        },
      },
    ],
    apiKeys: [{ id: 'k1', serviceId: 's1', name: 'key', hash: HASH, createdAt: 1 }],
    payments: [
      {
        id: 'p1', serviceId: 's1', amount: 1000, description: 'd', reference: 'R-1', referenceKey: 'r-1', language: 'en',
        returnUrl: 'https://x.gov.uk', delayedCapture: false, moto: false, status: 'CAPTURED', state: 'success',
        createdAt: 1, updatedAt: 2, refundedAmount: 0,
      },
    ],
    refunds: [],
    events: [{ seq: 1, paymentId: 'p1', kind: 'payment', status: 'CREATED', at: 1 }],
    tokens: [{ token: 't1', paymentId: 'p1', createdAt: 1, used: true }],
    meta: [{ key: 'currentServiceId', value: 's1' }, { key: 'clockOffsetMs', value: 0 }],
  }
  change(tables)
  return JSON.stringify({ format: 'pay-playground-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1, tables })
}

const refusal = (text: string) => {
  try {
    readExport(text, 1)
  } catch (error) {
    if (error instanceof ImportRefusedError) return error.message
    throw error
  }
  return undefined
}

describe('readExport', () => {
  it('accepts a small valid file and drops session settings from meta', () => {
    const read = readExport(file((t) => t.meta!.push({ key: 'faults', value: {} })), 1)
    expect(read.tables.meta.map((entry) => entry.key)).toEqual(['currentServiceId', 'clockOffsetMs'])
  })

  it.each<[string, (tables: Record<string, any[]>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
    ['no services', (t) => (t.services = []), 'The export has no services. Every playground has at least one.'],
    ['a key of an unknown service', (t) => (t.apiKeys![0].serviceId = 'nope'), 'API key “key” belongs to a service that is not in the export.'],
    ['two keys with one hash', (t) => t.apiKeys!.push({ ...t.apiKeys![0], id: 'k2' }), 'Two API keys in the export have the same fingerprint (hash).'],
    ['a state that does not match the status', (t) => (t.payments![0].state = 'failed'), 'its state “failed” does not match its status “CAPTURED”'],
    ['a wrong reference key', (t) => (t.payments![0].referenceKey = 'R-1'), '“referenceKey” is not the reference in lower case'],
    ['an event of an unknown payment', (t) => (t.events![0].paymentId = 'p9'), 'Event 1 is for payment p9, which is not in the export.'],
    ['a refund event with a payment status', (t) => t.events!.push({ seq: 2, paymentId: 'p1', kind: 'refund', refundId: 'r', status: 'CREATED', amount: 1, at: 1 }), 'a refund event has the payment status “CREATED”'],
    ['a refund event for no refund', (t) => t.events!.push({ seq: 2, paymentId: 'p1', kind: 'refund', refundId: 'r9', status: 'success', amount: 1, at: 1 }), 'it is for refund “r9”, which is not in the export'],
    ['a token of an unknown payment', (t) => (t.tokens![0].paymentId = 'p9'), 'A payment-page token is for payment p9, which is not in the export.'],
    ['a current service that is not there', (t) => (t.meta![0].value = 's9'), 'The export’s current service is not one of its services.'],
    ['a clock offset that is not a number', (t) => (t.meta![1].value = '3 days'), 'The export’s clock offset (“clockOffsetMs”) must be a number.'],
    ['a card number kept in full', (t) => (t.payments![0].cardDetails = { lastDigits: '4444333322221111', firstDigits: '444433', cardholderName: null, expiryDate: null, billingAddress: null, brandLabel: 'Visa', cardType: null }), '“cardDetails” has a problem: “lastDigits” must be 4 digits'],
  ])('refuses %s', (_what, change, message) => {
    expect(refusal(file(change))).toContain(message)
  })

  it('refuses an export date that is not a date', () => {
    const text = file().replace('"2026-01-01T00:00:00.000Z"', '"yesterday"')
    expect(refusal(text)).toBe('The export’s “exportedAt” must be a date and time.')
  })
})
