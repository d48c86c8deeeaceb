import { describe, expect, it } from 'vitest'
import type { PaymentRecord, RefundRecord } from '../../../../src/simulator/model/types.ts'
import {
  csvAmount,
  csvColumns,
  csvDateAndTime,
  csvField,
  csvFileName,
  type CsvRow,
  neutraliseFormula,
  transactionsCsv,
} from '../../../../src/simulator/rules/transactions-csv.ts'
import { CSV_FIXED_COLUMNS } from '../../../support/csv-columns.ts'
import { parseCsv } from '../../../support/parse-csv.ts'


function payment(overrides: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    id: 'paymentid0000000000000001',
    serviceId: 'service',
    amount: 123456,
    description: 'Pay your council tax',
    reference: 'REF-1',
    referenceKey: 'ref-1',
    email: 'j.bloggs@example.org',
    language: 'en',
    returnUrl: 'https://example.org',
    delayedCapture: false,
    moto: false,
    status: 'CAPTURED',
    state: 'success',
    createdAt: Date.parse('2026-07-15T16:25:01Z'),
    updatedAt: Date.parse('2026-07-15T16:25:01Z'),
    cardDetails: {
      lastDigits: '4242',
      firstDigits: '424242',
      cardholderName: 'J Bloggs',
      expiryDate: '12/30',
      billingAddress: null,
      brandLabel: 'Visa',
      cardType: 'debit',
    },
    lastDigits: '4242',
    firstDigits: '424242',
    providerId: 'provider-1',
    refundedAmount: 0,
    history: [{ status: 'CAPTURED', at: Date.parse('2026-07-15T16:25:01Z') }],
    ...overrides,
  }
}

const refund = (overrides: Partial<RefundRecord> = {}): RefundRecord => ({
  id: 'refundid00000000000000001',
  paymentId: 'paymentid0000000000000001',
  serviceId: 'service',
  amount: 500,
  status: 'success',
  createdAt: Date.parse('2026-07-16T09:00:00Z'),
  history: [{ status: 'success', at: Date.parse('2026-07-16T09:00:00Z') }],
  ...overrides,
})

const parse = (csv: string) => parseCsv(csv).rows

describe('the transactions CSV file', () => {
  it('has the real columns in the real order, ending with the provider and 3-D Secure columns', () => {
    expect(csvColumns([])).toEqual([...CSV_FIXED_COLUMNS, 'Payment Provider', '3-D Secure Required'])
  })

  it('adds a MOTO column, after Card Type, only for a service that takes MOTO payments', () => {
    expect(csvColumns([], { motoColumn: true })).toEqual([...CSV_FIXED_COLUMNS, 'MOTO', 'Payment Provider', '3-D Secure Required'])
  })

  it('adds one column per metadata key of the payments listed, sorted, at the end', () => {
    const rows: CsvRow[] = [
      { type: 'payment', payment: payment({ metadata: { ledger_code: 'AB100', b: 1 } }) },
      { type: 'payment', payment: payment({ id: 'other', metadata: { a_key: true, ledger_code: 'X' } }) },
    ]
    expect(csvColumns(rows).slice(-3)).toEqual(['a_key (metadata)', 'b (metadata)', 'ledger_code (metadata)'])
    const [first, second] = parse(transactionsCsv(rows))
    expect(first?.['ledger_code (metadata)']).toBe('AB100')
    expect(first?.['b (metadata)']).toBe('1')
    expect(first?.['a_key (metadata)']).toBe('')
    expect(second?.['a_key (metadata)']).toBe('true')
  })

  it('writes a successful payment as the real file does', () => {
    const [row] = parse(transactionsCsv([{ type: 'payment', payment: payment() }]))
    expect(row).toEqual({
      Reference: 'REF-1',
      Description: 'Pay your council tax',
      Email: 'j.bloggs@example.org',
      Amount: '1,234.56',
      'Card Brand': 'Visa',
      'Cardholder Name': 'J Bloggs',
      'Card Expiry Date': '12/30',
      'Card Number': '4242',
      State: 'Success',
      Finished: 'true',
      'Error Code': '',
      'Error Message': '',
      'Provider ID': 'provider-1',
      'GOV.UK Payment ID': 'paymentid0000000000000001',
      'Issued By': '',
      // The file's times are in UTC, as the real file's are (this is 17:25:01 BST).
      'Date Created': '15 Jul 2026',
      'Time Created': '16:25:01',
      'Corporate Card Surcharge': '0.00',
      'Total Amount': '1,234.56',
      'Wallet Type': '',
      'Card Type': 'debit',
      'Payment Provider': 'sandbox',
      '3-D Secure Required': '',
    })
  })

  it('writes a failed payment with its status name, error code and message', () => {
    const [declined, unfinished] = parse(
      transactionsCsv([
        { type: 'payment', payment: payment({ status: 'AUTHORISATION REJECTED', state: 'failed' }) },
        { type: 'payment', payment: payment({ status: 'CREATED', state: 'created', cardDetails: undefined, email: undefined }) },
      ]),
    )
    expect(declined).toMatchObject({ State: 'Declined', Finished: 'true', 'Error Code': 'P0010', 'Error Message': 'Payment method rejected' })
    expect(unfinished).toMatchObject({ State: 'In progress', Finished: 'false', Email: '', 'Card Brand': '', 'Card Number': '' })
  })

  it('writes a refund as a row of its own: negative amounts, the payment’s details, no provider', () => {
    const rows: CsvRow[] = [{ type: 'refund', refund: refund(), payment: payment({ metadata: { ledger_code: 'AB100' } }) }]
    const [row] = parse(transactionsCsv(rows))
    expect(row).toMatchObject({
      Reference: 'REF-1',
      Description: 'Pay your council tax',
      Email: 'j.bloggs@example.org',
      Amount: '-5.00',
      'Total Amount': '-5.00',
      'Card Brand': 'Visa',
      'Card Number': '4242',
      State: 'Refund success',
      Finished: 'true',
      'GOV.UK Payment ID': 'paymentid0000000000000001',
      'Provider ID': '',
      'Payment Provider': '',
      'Date Created': '16 Jul 2026',
      'Time Created': '09:00:00',
    })
    const failed = parse(transactionsCsv([{ type: 'refund', refund: refund({ status: 'error' }), payment: payment() }]))[0]
    expect(failed).toMatchObject({ State: 'Refund error', 'Error Code': 'P0050', 'Error Message': 'Payment provider returned an error' })
  })

  it('leaves the MOTO column empty for refunds', () => {
    const csv = transactionsCsv(
      [
        { type: 'payment', payment: payment({ moto: true }) },
        { type: 'refund', refund: refund(), payment: payment({ moto: true }) },
      ],
      { motoColumn: true },
    )
    const [paymentRow, refundRow] = parse(csv)
    expect(paymentRow?.MOTO).toBe('true')
    expect(refundRow?.MOTO).toBe('')
  })

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)")
    expect(neutraliseFormula('@cmd')).toBe("'@cmd")
    expect(neutraliseFormula('+44')).toBe("'+44")
    expect(neutraliseFormula('-2')).toBe("'-2")
    expect(neutraliseFormula('a=b')).toBe('a=b')
    expect(neutraliseFormula('')).toBe('')
    const csv = transactionsCsv([
      {
        type: 'payment',
        payment: payment({
          reference: '=HYPERLINK("x")',
          description: '+1',
          email: '@me',
          metadata: { note: '-10', count: -3 },
          cardDetails: { ...payment().cardDetails!, cardholderName: '=cmd' },
        }),
      },
    ])
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1,'@me,`)
    expect(csv).toContain(",'=cmd,")
    const [row] = parse(csv)
    expect(row?.Reference).toBe(`'=HYPERLINK("x")`)
    expect(row?.['note (metadata)']).toBe("'-10")
    expect(row?.['count (metadata)']).toBe('-3')
  })

  it('formats amounts as #,##0.00 without a pound sign', () => {
    expect(csvAmount(0)).toBe('0.00')
    expect(csvAmount(5)).toBe('0.05')
    expect(csvAmount(123456789)).toBe('1,234,567.89')
    expect(csvAmount(-150000)).toBe('-1,500.00')
  })

  it('quotes a field only when it must', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('writes dates in UTC as dd MMM yyyy and HH:mm:ss', () => {
    expect(csvDateAndTime(Date.parse('2026-09-03T23:30:05Z'))).toEqual(['03 Sep 2026', '23:30:05'])
  })

  it('names the file after the time of the download in UK time', () => {
    expect(csvFileName(Date.parse('2026-07-15T16:25:01Z'))).toBe('GOVUK_Pay_2026-07-15_17:25:01.csv')
    expect(csvFileName(Date.parse('2026-01-05T09:08:07Z'))).toBe('GOVUK_Pay_2026-01-05_09:08:07.csv')
  })

  it('ends every line, the last included, with a line feed', () => {
    const csv = transactionsCsv([{ type: 'payment', payment: payment() }])
    expect(csv.endsWith('\n')).toBe(true)
    expect(csv.split('\n')).toHaveLength(3)
  })
})
