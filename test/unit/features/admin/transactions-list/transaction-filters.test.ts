import { describe, expect, it } from 'vitest'
import {
  EMPTY_FILTERS,
  filterParams,
  looksLikeCardNumber,
  parseFilters,
  readFilterValues,
} from '../../../../../src/features/admin/transactions-list/transaction-filters.ts'

const parse = (query: string) => parseFilters(new URLSearchParams(query))

describe('transaction filters in the query string', () => {
  it('reads nothing as no filter, the first page of 100', () => {
    const parsed = parse('')
    expect(parsed).toMatchObject({ values: EMPTY_FILTERS, hasFilters: false, errors: [], page: 1, pageSize: 100 })
    expect(parsed.query).toEqual({})
  })

  it('reads every filter with the real admin site’s parameter names, trimmed', () => {
    const parsed = parse(
      'reference=+INV-1+&email=bob%40&cardholderName=Bloggs&lastDigitsCardNumber=4242&brand=visa&brand=master-card' +
        '&state=Success&state=Refund+success&page=3&pageSize=500',
    )
    expect(parsed.hasFilters).toBe(true)
    expect(parsed.page).toBe(3)
    expect(parsed.pageSize).toBe(500)
    expect(parsed.query).toEqual({
      reference: 'INV-1',
      email: 'bob@',
      cardholderName: 'Bloggs',
      lastDigits: '4242',
      brands: ['visa', 'master-card'],
      states: ['Success', 'Refund success'],
    })
  })

  it('leaves out brands and statuses it does not know, and bad paging', () => {
    const parsed = parse('brand=acme&state=Paid&state=Declined&page=0&pageSize=9999')
    expect(parsed.values.brand).toEqual([])
    expect(parsed.values.state).toEqual(['Declined'])
    expect(parsed).toMatchObject({ page: 1, pageSize: 100 })
  })

  it('takes UK dates and times, the end up to the end of its last second', () => {
    const parsed = parse('fromDate=01/07/2026&fromTime=09:30&toDate=2/7/2026&toTime=17:00:00')
    expect(parsed.errors).toEqual([])
    expect(new Date(parsed.query?.from ?? 0).toISOString()).toBe('2026-07-01T08:30:00.000Z')
    expect(new Date(parsed.query?.to ?? 0).toISOString()).toBe('2026-07-02T16:00:01.000Z')
  })

  it('runs a day without times from midnight to 23:59:59 inclusive, in GMT or BST', () => {
    const winter = parse('fromDate=15/01/2026&toDate=15/01/2026').query
    expect(new Date(winter?.from ?? 0).toISOString()).toBe('2026-01-15T00:00:00.000Z')
    expect(new Date(winter?.to ?? 0).toISOString()).toBe('2026-01-16T00:00:00.000Z')
    const summer = parse('toDate=15/07/2026').query
    expect(summer?.from).toBeUndefined()
    expect(new Date(summer?.to ?? 0).toISOString()).toBe('2026-07-15T23:00:00.000Z')
  })

  it('says "End date must be after start date", linked to the end date, when the range runs backwards', () => {
    const parsed = parse('fromDate=02/07/2026&toDate=01/07/2026')
    expect(parsed.errors).toEqual([{ fieldId: 'toDate', text: 'End date must be after start date' }])
    expect(parsed.query).toBeUndefined()
    expect(parse('fromDate=01/07/2026&fromTime=10:00:00&toDate=01/07/2026&toTime=09:59:59').errors).toEqual([
      { fieldId: 'toDate', text: 'End date must be after start date' },
    ])
    expect(parse('fromDate=01/07/2026&fromTime=10:00:00&toDate=01/07/2026&toTime=10:00:00').errors).toEqual([])
  })

  it('explains each date and time it cannot read', () => {
    expect(parse('fromDate=2026-07-01').errors).toEqual([
      { fieldId: 'fromDate', text: 'Enter the start date in the format DD/MM/YYYY, for example 01/05/2026' },
    ])
    expect(parse('toDate=31/02/2026').errors).toEqual([{ fieldId: 'toDate', text: 'The end date must be a real date' }])
    expect(parse('fromDate=01/07/2026&fromTime=25:00').errors).toEqual([
      { fieldId: 'fromTime', text: 'Enter the start time in the format HH:MM:SS, for example 09:30:00' },
    ])
    expect(parse('toTime=10:00').errors).toEqual([{ fieldId: 'toDate', text: 'Enter an end date to go with the end time' }])
  })

  it('refuses a reference that looks like a card number, and last digits that are not 4 digits', () => {
    expect(parse('reference=4242 4242 4242 4242').errors).toEqual([
      { fieldId: 'reference', text: 'Reference number must not be a card number' },
    ])
    expect(parse('reference=4242424242424241').errors).toEqual([])
    expect(parse('lastDigitsCardNumber=42a2').errors).toEqual([
      { fieldId: 'lastDigitsCardNumber', text: 'Enter the last 4 digits of the card number, for example 4242' },
    ])
    expect(looksLikeCardNumber('3714-496353-98431')).toBe(true)
    expect(looksLikeCardNumber('12345')).toBe(false)
  })

  it('writes filters back into a query string that reads the same, leaving out empty ones and the defaults', () => {
    const values = readFilterValues(new URLSearchParams('reference=A&state=Success&state=Declined&fromDate=01/07/2026'))
    const params = filterParams(values, { page: 2, pageSize: 100 })
    expect(params.toString()).toBe('reference=A&state=Success&state=Declined&fromDate=01%2F07%2F2026&page=2')
    expect(readFilterValues(params)).toEqual(values)
    expect(filterParams(EMPTY_FILTERS, { page: 1 }).toString()).toBe('')
  })
})
