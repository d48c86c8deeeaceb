// Checks on an export that the round-trip tests do not reach: histories, tokens, keys and meta that
// do not fit the rest of the file, and a format-version-1 file's events.
import { describe, expect, it } from 'vitest'
import { ImportRefusedError, readExport } from '../../../../src/simulator/services/export-validation.ts'

const HASH = 'a'.repeat(64)

/** A small valid file of format `version`: version 2 keeps histories in the records, version 1 in `events`. */
function file(change: (tables: Record<string, any[]>) => void = () => {}, version: 1 | 2 = 2) { // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-made file
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
        history: [{ status: 'CREATED', at: 1 }, { status: 'CAPTURED', at: 2 }],
      },
    ],
    refunds: [],
    tokens: [{ token: 't1', paymentId: 'p1', createdAt: 1, used: true }],
    meta: [{ key: 'currentServiceId', value: 's1' }, { key: 'clockOffsetMs', value: 0 }],
  }
  if (version === 1) {
    for (const payment of tables.payments!) delete payment.history
    tables.events = [{ seq: 1, paymentId: 'p1', kind: 'payment', status: 'CREATED', at: 1 }]
  }
  change(tables)
  return JSON.stringify({ format: 'pay-playground-export', version, exportedAt: '2026-01-01T00:00:00.000Z', schemaVersion: version, tables })
}
const v1File = (change: (tables: Record<string, any[]>) => void = () => {}) => file(change, 1) // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto

const refusal = (text: string) => {
  try {
    readExport(text, 2)
  } catch (error) {
    if (error instanceof ImportRefusedError) return error.message
    throw error
  }
  return undefined
}

describe('readExport', () => {
  it('accepts a small valid file and drops session settings from meta', () => {
    const read = readExport(file((t) => t.meta!.push({ key: 'faults', value: {} })), 2)
    expect(read.tables.meta.map((entry) => entry.key)).toEqual(['currentServiceId', 'clockOffsetMs'])
    expect(read.formatVersion).toBe(2)
  })

  it('reads a version-1 file into the current shape: each event in its record’s history, in seq order', () => {
    const read = readExport(
      v1File((t) => {
        t.payments![0].refundedAmount = 300
        t.refunds!.push(
          { id: 'r1', paymentId: 'p1', serviceId: 's1', amount: 100, status: 'success', createdAt: 5 },
          { id: 'r2', paymentId: 'p1', serviceId: 's1', amount: 200, status: 'success', createdAt: 9 },
        )
        t.events!.push(
          { seq: 4, paymentId: 'p1', kind: 'refund', refundId: 'r1', status: 'success', amount: 100, at: 5 },
          { seq: 2, paymentId: 'p1', kind: 'payment', status: 'CAPTURED', at: 2 },
          { seq: 3, paymentId: 'p1', kind: 'refund', refundId: 'r1', status: 'submitted', amount: 100, at: 5 },
        )
      }),
      2,
    )
    expect(read.formatVersion).toBe(1)
    expect(Object.keys(read.tables).sort()).toEqual([
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
    expect([read.tables.agreements, read.tables.paymentInstruments, read.tables.disputes, read.tables.webhooks]).toEqual([[], [], [], []])
    expect(read.tables.payments[0]!.history).toEqual([
      { status: 'CREATED', at: 1 },
      { status: 'CAPTURED', at: 2 },
    ])
    expect(read.tables.refunds.map((refund) => [refund.id, refund.history])).toEqual([
      ['r1', [{ status: 'submitted', at: 5 }, { status: 'success', at: 5 }]],
      // No events at all: the one step its record proves.
      ['r2', [{ status: 'success', at: 9 }]],
    ])
  })

  it.each<[string, (tables: Record<string, any[]>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
    ['no services', (t) => (t.services = []), 'The export has no services. Every playground has at least one.'],
    ['a key of an unknown service', (t) => (t.apiKeys![0].serviceId = 'nope'), 'API key “key” belongs to a service that is not in the export.'],
    ['two keys with one hash', (t) => t.apiKeys!.push({ ...t.apiKeys![0], id: 'k2' }), 'Two API keys in the export have the same fingerprint (hash).'],
    ['a state that does not match the status', (t) => (t.payments![0].state = 'failed'), 'its state “failed” does not match its status “CAPTURED”'],
    ['a wrong reference key', (t) => (t.payments![0].referenceKey = 'R-1'), '“referenceKey” is not the reference in lower case'],
    ['a history step with no time', (t) => delete t.payments![0].history[1].at, 'Record 1 of the “payments” table is not valid: “history” has an item that has a problem: “at” is missing.'],
    ['a history that is not a list', (t) => (t.payments![0].history = {}), '“history” must be a list'],
    ['a token of an unknown payment', (t) => (t.tokens![0].paymentId = 'p9'), 'A payment-page token is for payment p9, which is not in the export.'],
    ['a current service that is not there', (t) => (t.meta![0].value = 's9'), 'The export’s current service is not one of its services.'],
    ['a clock offset that is not a number', (t) => (t.meta![1].value = '3 days'), 'The export’s clock offset (“clockOffsetMs”) must be a number.'],
    ['a card number kept in full', (t) => (t.payments![0].cardDetails = { lastDigits: '4444333322221111', firstDigits: '444433', cardholderName: null, expiryDate: null, billingAddress: null, brandLabel: 'Visa', cardType: null }), '“cardDetails” has a problem: “lastDigits” must be 4 digits'],
  ])('refuses %s', (_what, change, message) => {
    expect(refusal(file(change))).toContain(message)
  })

  it.each<[string, (tables: Record<string, any[]>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
    ['an event of an unknown payment', (t) => (t.events![0].paymentId = 'p9'), 'Event 1 is for payment p9, which is not in the export.'],
    ['a refund event with a payment status', (t) => t.events!.push({ seq: 2, paymentId: 'p1', kind: 'refund', refundId: 'r', status: 'CREATED', amount: 1, at: 1 }), 'a refund event has the payment status “CREATED”'],
    ['a refund event for no refund', (t) => t.events!.push({ seq: 2, paymentId: 'p1', kind: 'refund', refundId: 'r9', status: 'success', amount: 1, at: 1 }), 'it is for refund “r9”, which is not in the export'],
    ['two events with one seq', (t) => t.events!.push({ ...t.events![0] }), 'Two records of the “events” table have the same seq, 1.'],
    ['an event with an unknown status', (t) => (t.events![0].status = 'PAID'), 'Record 1 of the “events” table is not valid: “status” must be one of'],
  ])('refuses a version-1 file with %s', (_what, change, message) => {
    expect(refusal(v1File(change))).toContain(message)
  })

  describe('a format-version-4 file (storage schema 6)', () => {
    const CARD = { lastDigits: '4242', firstDigits: '424242', cardholderName: 'J', expiryDate: '12/30', billingAddress: null, brandLabel: 'Visa', cardType: 'credit' }
    /** A version-2 file made version 4 (no webhooks): an agreement set up by p1 with its instrument, and a dispute on p1. */
    const v4File = (change: (tables: Record<string, any[]>) => void = () => {}) => { // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
      const document = JSON.parse(file())
      const tables = document.tables
      Object.assign(tables.payments[0], { agreementId: 'a1', setUpAgreement: true, paymentInstrumentId: 'i1', disputeStatus: 'needs_response' })
      tables.agreements = [{ id: 'a1', serviceId: 's1', reference: 'A-1', referenceKey: 'a-1', description: 'Rent', status: 'active', createdAt: 1, updatedAt: 2 }]
      tables.paymentInstruments = [{ id: 'i1', serviceId: 's1', agreementId: 'a1', paymentId: 'p1', status: 'active', createdAt: 2, cardDetails: CARD }]
      tables.disputes = [
        { id: 'd1', serviceId: 's1', paymentId: 'p1', amount: 1000, reason: 'fraudulent', status: 'needs_response', createdAt: 3, evidenceDueAt: 4, history: [{ status: 'needs_response', at: 3 }] },
      ]
      Object.assign(tables, { webhooks: [], webhookMessages: [], webhookDeliveries: [] })
      change(tables)
      return JSON.stringify({ ...document, version: 4, schemaVersion: 6 })
    }
    const refusalOf = (text: string) => {
      try {
        readExport(text, 6)
      } catch (error) {
        if (error instanceof ImportRefusedError) return error.message
        throw error
      }
      return undefined
    }

    it('is read with its agreements, payment instruments and disputes, and services without the new settings read as they are', () => {
      const read = readExport(v4File(), 6)
      expect(read.formatVersion).toBe(4)
      expect(read.tables.agreements.map((agreement) => agreement.id)).toEqual(['a1'])
      expect(read.tables.paymentInstruments.map((instrument) => instrument.agreementId)).toEqual(['a1'])
      expect(read.tables.disputes.map((dispute) => dispute.status)).toEqual(['needs_response'])
      expect(read.tables.services[0]!.settings.recurringPayments).toBeUndefined()
    })

    it('accepts the settings a service gained', () => {
      const settings = { recurringPayments: true, authorisationApi: true, blockPrepaidCards: true, corporateCreditCardSurcharge: 250 }
      expect(refusalOf(v4File((t) => Object.assign(t.services![0].settings, settings)))).toBeUndefined()
    })

    it.each<[string, (tables: Record<string, any[]>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any -- ditto
      ['an agreement of an unknown service', (t) => (t.agreements![0].serviceId = 's9'), 'Agreement a1 belongs to a service that is not in the export.'],
      ['a payment instrument of an unknown agreement', (t) => (t.paymentInstruments![0].agreementId = 'a9'), 'Payment instrument i1 is for agreement a9, which is not in the export.'],
      ['a payment of an unknown agreement', (t) => (t.payments![0].agreementId = 'a9'), 'Payment p1 is for agreement a9, which is not in the export.'],
      ['a dispute of an unknown payment', (t) => (t.disputes![0].paymentId = 'p9'), 'Dispute d1 is for payment p9, which is not in the export.'],
      ['a dispute with a reason the API never gives', (t) => (t.disputes![0].reason = 'angry'), 'Record 1 of the “disputes” table is not valid: “reason” must be one of'],
      ['an agreement status in capitals', (t) => (t.agreements![0].status = 'ACTIVE'), 'Record 1 of the “agreements” table is not valid: “status” must be one of'],
      ['a card fee that is not whole pence', (t) => (t.services![0].settings.corporateDebitCardSurcharge = 2.5), '“corporateDebitCardSurcharge” must be a whole number'],
      ['a version-2 storage schema', () => undefined, 'but export format version 4 holds version 6'],
    ])('refuses %s', (what, change, message) => {
      const text = v4File(change)
      expect(refusalOf(what === 'a version-2 storage schema' ? text.replace('"schemaVersion":6', '"schemaVersion":2') : text)).toContain(message)
    })
  })

  it('refuses a version-1 file that claims another storage schema', () => {
    const text = v1File().replace('"schemaVersion":1', '"schemaVersion":2')
    expect(refusal(text)).toBe('The file says it holds data in storage schema version 2, but export format version 1 always holds version 1, so it cannot be imported.')
  })

  it('reads a service saved before the Welsh name and the redirect flag existed (neither is required)', () => {
    const read = readExport(file(), 2)
    expect(read.tables.services[0]?.settings).not.toHaveProperty('welshName')
    expect(read.tables.services[0]?.settings).not.toHaveProperty('redirectToServiceImmediatelyOnTerminalState')
  })

  it('reads a Welsh service name and the redirect flag, and refuses them of the wrong kind', () => {
    const withBoth = file((t) => Object.assign(t.services![0].settings, { welshName: 'Gwasanaeth', redirectToServiceImmediatelyOnTerminalState: true }))
    expect(readExport(withBoth, 2).tables.services[0]?.settings).toMatchObject({ welshName: 'Gwasanaeth', redirectToServiceImmediatelyOnTerminalState: true })
    expect(refusal(file((t) => (t.services![0].settings.welshName = 5)))).toContain('“welshName” must be text')
    expect(refusal(file((t) => (t.services![0].settings.redirectToServiceImmediatelyOnTerminalState = 'yes')))).toContain(
      '“redirectToServiceImmediatelyOnTerminalState”',
    )
  })

  it('refuses an export date that is not a date', () => {
    const text = file().replace('"2026-01-01T00:00:00.000Z"', '"yesterday"')
    expect(refusal(text)).toBe('The export’s “exportedAt” must be a date and time.')
  })
})
