// The transactions CSV file in the real column set and order (pay-pages-and-admin.md §2.1 "CSV
// download"): one row per payment or refund, amounts as #,##0.00 (refunds negative), created
// date and time in UTC as the real file has them, one "{key} (metadata)" column per metadata key,
// sorted, and text a spreadsheet would run as a formula given a leading apostrophe.
import { externalState } from '../model/payment-status.ts'
import type { MetadataValue, PaymentRecord, RefundRecord } from '../model/types.ts'
import { formatClockTime, formatSlashDate, londonDateTime } from './london-time.ts'
import { paymentDisplayState, refundDisplayState } from './transaction-display-states.ts'

export interface CsvPaymentRow {
  type: 'payment'
  payment: PaymentRecord
}

export interface CsvRefundRow {
  type: 'refund'
  refund: RefundRecord
  /** the payment refunded */
  payment: PaymentRecord
}

export type CsvRow = CsvPaymentRow | CsvRefundRow

const COLUMNS_BEFORE_MOTO = [
  'Reference',
  'Description',
  'Email',
  'Amount',
  'Card Brand',
  'Cardholder Name',
  'Card Expiry Date',
  'Card Number',
  'State',
  'Finished',
  'Error Code',
  'Error Message',
  'Provider ID',
  'GOV.UK Payment ID',
  'Issued By',
  'Date Created',
  'Time Created',
  'Corporate Card Surcharge',
  'Total Amount',
  'Wallet Type',
  'Card Type',
] as const

const COLUMNS_AFTER_MOTO = ['Payment Provider', '3-D Secure Required'] as const

export interface CsvOptions {
  /** The service takes MOTO payments, so the file has a "MOTO" column. */
  motoColumn?: boolean
}

const metadataColumn = (key: string) => `${key} (metadata)`

/** The header row: the fixed columns, then the metadata keys of the payments listed, sorted. */
export function csvColumns(rows: readonly CsvRow[], options: CsvOptions = {}): string[] {
  const keys = new Set<string>()
  for (const row of rows) if (row.type === 'payment') for (const key of Object.keys(row.payment.metadata ?? {})) keys.add(key)
  return [
    ...COLUMNS_BEFORE_MOTO,
    ...(options.motoColumn ? ['MOTO'] : []),
    ...COLUMNS_AFTER_MOTO,
    ...[...keys].sort().map(metadataColumn),
  ]
}

/** Text starting with = @ + or - gets a leading apostrophe, so a spreadsheet shows it as text. */
export function neutraliseFormula(value: string | null | undefined): string {
  if (value == null || value.trim() === '') return value ?? ''
  return /^[=@+-]/.test(value) ? `'${value}` : value
}

/** Pence as the file writes amounts: 123456 → "1,234.56", -500 → "-5.00". */
export function csvAmount(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const absolute = Math.abs(pence)
  const pounds = Math.floor(absolute / 100).toLocaleString('en-GB')
  return `${sign}${pounds}.${String(absolute % 100).padStart(2, '0')}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "12 Mar 2018" and "16:25:01", in UTC. */
export function csvDateAndTime(at: number): [date: string, time: string] {
  const d = new Date(at)
  const date = `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  const time = formatClockTime({ hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() })
  return [date, time]
}

const metadataText = (value: MetadataValue): string => (typeof value === 'string' ? neutraliseFormula(value) : String(value))

function paymentFields(payment: PaymentRecord): Record<string, string> {
  const card = payment.cardDetails
  return {
    Reference: neutraliseFormula(payment.reference),
    Description: neutraliseFormula(payment.description),
    Email: neutraliseFormula(payment.email),
    'Cardholder Name': neutraliseFormula(card?.cardholderName),
    'Card Number': card?.lastDigits ?? '',
    'Card Brand': card?.brandLabel ?? '',
    'Card Expiry Date': card?.expiryDate ?? '',
    'Card Type': card?.cardType ?? '',
    'Wallet Type': '',
    'GOV.UK Payment ID': payment.id,
  }
}

function rowFields(row: CsvRow): Record<string, string> {
  const fields = paymentFields(row.payment)
  const createdAt = row.type === 'payment' ? row.payment.createdAt : row.refund.createdAt
  ;[fields['Date Created'], fields['Time Created']] = csvDateAndTime(createdAt)
  fields['Corporate Card Surcharge'] = csvAmount(0)
  if (row.type === 'payment') {
    const { payment } = row
    const state = externalState(payment.status)
    Object.assign(fields, {
      Amount: csvAmount(payment.amount),
      'Total Amount': csvAmount(payment.amount),
      State: paymentDisplayState(payment.status),
      Finished: String(state.finished),
      'Error Code': state.code ?? '',
      'Error Message': state.message ?? '',
      'Provider ID': neutraliseFormula(payment.providerId),
      MOTO: String(payment.moto),
      'Payment Provider': 'sandbox',
    })
    for (const [key, value] of Object.entries(payment.metadata ?? {})) fields[metadataColumn(key)] = metadataText(value)
  } else {
    const { refund } = row
    const failed = refund.status === 'error'
    Object.assign(fields, {
      Amount: csvAmount(-refund.amount),
      'Total Amount': csvAmount(-refund.amount),
      State: refundDisplayState(refund.status),
      Finished: String(refund.status !== 'submitted'),
      'Error Code': failed ? 'P0050' : '',
      'Error Message': failed ? 'Payment provider returned an error' : '',
    })
  }
  return fields
}

/** One CSV field, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** The whole file: the header row, then one line per row, each ending in a line feed. */
export function transactionsCsv(rows: readonly CsvRow[], options: CsvOptions = {}): string {
  const columns = csvColumns(rows, options)
  const lines = [columns.map(csvField).join(',')]
  for (const row of rows) {
    const fields = rowFields(row)
    lines.push(columns.map((column) => csvField(fields[column] ?? '')).join(','))
  }
  return `${lines.join('\n')}\n`
}

/** `GOVUK_Pay_2026-05-01_14:03:22.csv`, from the time of the download in UK time. */
export function csvFileName(at: number): string {
  const t = londonDateTime(at)
  const [day, month, year] = formatSlashDate(t).split('/')
  return `GOVUK_Pay_${year}-${month}-${day}_${formatClockTime(t)}.csv`
}
