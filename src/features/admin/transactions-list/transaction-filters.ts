// The transactions list's filters live in the route's query string, with the real admin site's
// parameter names (reference, email, cardholderName, lastDigitsCardNumber, brand, state, fromDate,
// fromTime, toDate, toTime, page, pageSize), so a filtered list can be shared and reloaded. This
// reads them, checks them, and turns them into a search of the simulator.
import { passesLuhn } from '../../../simulator/rules/cards/luhn.ts'
import { CARD_BRANDS } from '../../../simulator/rules/cards/card-brands.ts'
import { isRealDate, londonInstant } from '../../../simulator/rules/london-time.ts'
import { isTransactionDisplayState, type TransactionDisplayState } from '../../../simulator/rules/transaction-display-states.ts'
import type { TransactionQuery } from '../../../simulator/services/transactions.ts'

export interface FilterValues {
  reference: string
  email: string
  cardholderName: string
  lastDigitsCardNumber: string
  brand: string[]
  state: TransactionDisplayState[]
  fromDate: string
  fromTime: string
  toDate: string
  toTime: string
}

export type TextFilter = Exclude<keyof FilterValues, 'brand' | 'state'>

export const TEXT_FILTERS: readonly TextFilter[] = [
  'reference',
  'email',
  'cardholderName',
  'lastDigitsCardNumber',
  'fromDate',
  'fromTime',
  'toDate',
  'toTime',
]

export const EMPTY_FILTERS: FilterValues = {
  reference: '',
  email: '',
  cardholderName: '',
  lastDigitsCardNumber: '',
  brand: [],
  state: [],
  fromDate: '',
  fromTime: '',
  toDate: '',
  toTime: '',
}

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 500

export interface FilterError {
  /** the id of the field it is about */
  fieldId: TextFilter
  text: string
}

export interface ParsedFilters {
  values: FilterValues
  hasFilters: boolean
  errors: FilterError[]
  /** the search to run; absent while there are errors */
  query?: TransactionQuery
  page: number
  pageSize: number
}

const BRAND_IDS = new Set<string>(CARD_BRANDS.map((brand) => brand.id))

/** The values in the query string, trimmed; unknown brands and statuses are left out. */
export function readFilterValues(params: URLSearchParams): FilterValues {
  const values: FilterValues = { ...EMPTY_FILTERS }
  for (const name of TEXT_FILTERS) values[name] = (params.get(name) ?? '').trim()
  values.brand = [...new Set(params.getAll('brand').filter((brand) => BRAND_IDS.has(brand)))]
  values.state = [...new Set(params.getAll('state').filter(isTransactionDisplayState))]
  return values
}

/** The query string for a set of filters (empty ones left out), with paging when given. */
export function filterParams(values: FilterValues, paging: { page?: number; pageSize?: number } = {}): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of TEXT_FILTERS.slice(0, 4)) if (values[name] !== '') params.set(name, values[name])
  for (const brand of values.brand) params.append('brand', brand)
  for (const state of values.state) params.append('state', state)
  for (const name of TEXT_FILTERS.slice(4)) if (values[name] !== '') params.set(name, values[name])
  if (paging.page !== undefined && paging.page > 1) params.set('page', String(paging.page))
  if (paging.pageSize !== undefined && paging.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(paging.pageSize))
  return params
}

export const hasAnyFilter = (values: FilterValues): boolean =>
  TEXT_FILTERS.some((name) => values[name] !== '') || values.brand.length > 0 || values.state.length > 0

/** What the real admin site refuses as a reference: 15 or 16 digits (spaces and dashes aside) that pass the Luhn check. */
export function looksLikeCardNumber(reference: string): boolean {
  const digits = reference.replace(/[\s-]/g, '')
  return /^\d{15,16}$/.test(digits) && passesLuhn(digits)
}

type Clock = { hour: number; minute: number; second: number }

function parseDate(text: string): { year: number; month: number; day: number } | 'format' | 'unreal' {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  if (!match) return 'format'
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number]
  return isRealDate({ year, month, day }) ? { year, month, day } : 'unreal'
}

function parseTime(text: string): Clock | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text)
  if (!match) return undefined
  const [hour, minute, second = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number]
  return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : undefined
}

const WORDS = {
  from: { date: 'fromDate', time: 'fromTime', label: 'start', article: 'a' },
  to: { date: 'toDate', time: 'toTime', label: 'end', article: 'an' },
} as const

/** One end of the date range as an instant, or the errors found in it. */
function readEnd(values: FilterValues, end: 'from' | 'to', errors: FilterError[]): number | undefined {
  const { date: dateField, time: timeField, label, article } = WORDS[end]
  const dateText = values[dateField]
  const timeText = values[timeField]
  const date = dateText === '' ? undefined : parseDate(dateText)
  const time = timeText === '' ? undefined : parseTime(timeText)
  if (date === 'format') errors.push({ fieldId: dateField, text: `Enter the ${label} date in the format DD/MM/YYYY, for example 01/05/2026` })
  if (date === 'unreal') errors.push({ fieldId: dateField, text: `The ${label} date must be a real date` })
  if (timeText !== '' && time === undefined) {
    errors.push({ fieldId: timeField, text: `Enter the ${label} time in the format HH:MM:SS, for example 09:30:00` })
  }
  if (timeText !== '' && dateText === '') errors.push({ fieldId: dateField, text: `Enter ${article} ${label} date to go with the ${label} time` })
  if (date === undefined || typeof date === 'string' || (timeText !== '' && time === undefined)) return undefined
  // The end of the range includes its whole last second: up to 23:59:59 when no time is given.
  const clock = time ?? (end === 'from' ? { hour: 0, minute: 0, second: 0 } : { hour: 23, minute: 59, second: 59 })
  return londonInstant({ ...date, ...clock }) + (end === 'to' ? 1000 : 0)
}

function positiveInteger(text: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (text === null || !/^\d+$/.test(text)) return fallback
  const value = Number(text)
  return value >= 1 && value <= max ? value : fallback
}

export function parseFilters(params: URLSearchParams): ParsedFilters {
  const values = readFilterValues(params)
  const errors: FilterError[] = []
  if (values.reference !== '' && looksLikeCardNumber(values.reference)) {
    errors.push({ fieldId: 'reference', text: 'Reference number must not be a card number' })
  }
  if (values.lastDigitsCardNumber !== '' && !/^\d{4}$/.test(values.lastDigitsCardNumber)) {
    errors.push({ fieldId: 'lastDigitsCardNumber', text: 'Enter the last 4 digits of the card number, for example 4242' })
  }
  const from = readEnd(values, 'from', errors)
  const to = readEnd(values, 'to', errors)
  if (from !== undefined && to !== undefined && from >= to) errors.push({ fieldId: 'toDate', text: 'End date must be after start date' })
  const page = positiveInteger(params.get('page'), 1)
  const pageSize = positiveInteger(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
  const parsed: ParsedFilters = { values, hasFilters: hasAnyFilter(values), errors, page, pageSize }
  if (errors.length > 0) return parsed
  const text = (value: string) => (value === '' ? undefined : value)
  parsed.query = {
    reference: text(values.reference),
    email: text(values.email),
    cardholderName: text(values.cardholderName),
    lastDigits: text(values.lastDigitsCardNumber),
    brands: values.brand.length > 0 ? values.brand : undefined,
    states: values.state.length > 0 ? values.state : undefined,
    from,
    to,
  }
  return parsed
}
