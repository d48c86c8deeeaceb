// The expected orders and queries below were produced by real Java (OpenJDK 17; the orders also
// with Temurin 25): for the orders, keys put one by one into a java.util.HashMap, the dropped ones
// removed, then the map's keySet iterated; for the queries, the Jersey 2.x chain of
// java-query-order.ts run as Java (UriComponent.contextualEncode, decodeQuery and encodeQuery
// transcribed from Jersey's source, with the real java.net.URI and a HashMap-backed
// MultivaluedHashMap).
import { describe, expect, it } from 'vitest'
import { javaHashMapOrder, paginationQuery } from '../../../../../src/simulator/http/present/java-query-order.ts'

const DROPPED = ['account_id', 'gateway_account_id', 'transaction_type']

/** Puts `inserted` in order, removes the dropped keys, and returns the iteration order. */
const afterDropping = (inserted: string[]) => javaHashMapOrder(inserted).filter((key) => !DROPPED.includes(key))

describe('javaHashMapOrder', () => {
  it('orders an unfiltered search link: display_size before page', () => {
    expect(afterDropping(['account_id', 'transaction_type', 'page', 'display_size'])).toEqual(['display_size', 'page'])
  })

  it('orders a typical payment search link as Java does', () => {
    const inserted = ['account_id', 'from_date', 'to_date', 'email', 'reference', 'state', 'transaction_type', 'page', 'display_size']
    expect(afterDropping(inserted)).toEqual(['reference', 'from_date', 'to_date', 'display_size', 'state', 'page', 'email'])
  })

  it('orders a refund search link with every filter as Java does', () => {
    const inserted = ['account_id', 'from_date', 'to_date', 'transaction_type', 'from_settled_date', 'to_settled_date', 'page', 'display_size']
    expect(afterDropping(inserted)).toEqual(['from_settled_date', 'to_settled_date', 'from_date', 'to_date', 'display_size', 'page'])
  })

  it('keeps keys that share a bucket in insertion order (put appends to the bucket)', () => {
    // cardholder_name and transaction_type share bucket 12; state and page share bucket 11.
    const inserted = ['account_id', 'cardholder_name', 'state', 'transaction_type', 'page', 'display_size']
    expect(afterDropping(inserted)).toEqual(['display_size', 'state', 'page', 'cardholder_name'])
    expect(javaHashMapOrder(['page', 'state'])).toEqual(['page', 'state'])
    expect(javaHashMapOrder(['state', 'page'])).toEqual(['state', 'page'])
  })

  it('sizes the table for the most keys the map held: 13 keys resize it from 16 to 32 buckets', () => {
    const twelve = [
      'account_id',
      'from_date',
      'to_date',
      'email',
      'reference',
      'cardholder_name',
      'first_digits_card_number',
      'last_digits_card_number',
      'state',
      'from_settled_date',
      'page',
      'display_size',
    ]
    expect(afterDropping(twelve)).toEqual([
      'reference',
      'last_digits_card_number',
      'from_settled_date',
      'from_date',
      'to_date',
      'display_size',
      'first_digits_card_number',
      'state',
      'page',
      'cardholder_name',
      'email',
    ])
    const thirteen = [...twelve.slice(0, 9), 'transaction_type', ...twelve.slice(9)]
    expect(afterDropping(thirteen)).toEqual([
      'from_settled_date',
      'from_date',
      'first_digits_card_number',
      'cardholder_name',
      'reference',
      'last_digits_card_number',
      'to_date',
      'display_size',
      'state',
      'page',
      'email',
    ])
  })

  it('takes the peak size from the second argument when keys were removed before', () => {
    // reference is in bucket 0 of 16 but 16 of 32; from_settled_date is in bucket 1 of either.
    expect(javaHashMapOrder(['reference', 'from_settled_date'])).toEqual(['reference', 'from_settled_date'])
    expect(javaHashMapOrder(['reference', 'from_settled_date'], 12)).toEqual(['reference', 'from_settled_date'])
    expect(javaHashMapOrder(['reference', 'from_settled_date'], 13)).toEqual(['from_settled_date', 'reference'])
  })

  it('orders every payment filter with agreement_id as Java does', () => {
    const inserted = [
      'account_id',
      'from_date',
      'to_date',
      'email',
      'reference',
      'cardholder_name',
      'first_digits_card_number',
      'last_digits_card_number',
      'state',
      'transaction_type',
      'from_settled_date',
      'to_settled_date',
      'agreement_id',
      'page',
      'display_size',
    ]
    expect(afterDropping(inserted)).toEqual([
      'from_settled_date',
      'from_date',
      'first_digits_card_number',
      'cardholder_name',
      'reference',
      'last_digits_card_number',
      'to_settled_date',
      'agreement_id',
      'to_date',
      'display_size',
      'state',
      'page',
      'email',
    ])
  })
})

describe('paginationQuery', () => {
  /** The query for a back-end link holding only `reference=value`. */
  const referenceOnly = (value: string) => paginationQuery([['reference', value]], DROPPED)

  it('reproduces the published example: ?query=next&from_date=… comes out as ?from_date=…&query=next', () => {
    const backEndLink: Array<[string, string]> = [
      ['query', 'next'],
      ['from_date', '2016-01-01T23:59:59Z'],
    ]
    expect(paginationQuery(backEndLink, DROPPED)).toBe('from_date=2016-01-01T23%3A59%3A59Z&query=next')
  })

  it.each([
    ['2016-01-01T23:59:59Z', '2016-01-01T23%3A59%3A59Z'],
    // A `+` stays raw, so a client that follows the link sends a space in the offset.
    ['2015-08-13T12:35:00+01:00', '2015-08-13T12%3A35%3A00+01%3A00'],
    ['2015-08-13T12:35:00.123Z[Europe/London]', '2015-08-13T12%3A35%3A00.123Z%5BEurope%2FLondon%5D'],
    ['Mr J Smith', 'Mr%20J%20Smith'],
    ['jane.doe+tag@example.org', 'jane.doe+tag%40example.org'],
    ['a~b*c', 'a~b%2Ac'],
    ["!'()", '%21%27%28%29'],
    [';:@$,/?#[]', '%3B%3A%40%24%2C%2F%3F%23%5B%5D'],
    ['"<>\\^`|', '%22%3C%3E%5C%5E%60%7C'],
    ['AZaz09.-_', 'AZaz09.-_'],
    ['£5 café', '%C2%A35%20caf%C3%A9'],
    ['emoji😀', 'emoji%F0%9F%98%80'],
    ['', ''],
  ])('encodes %j as %j', (value, encoded) => {
    expect(referenceOnly(value)).toBe(`reference=${encoded}`)
  })

  it.each([
    // A lone `%` is encoded; a `%` and two hex digits is taken as encoded, then decoded by getQuery.
    ['100%', '100%25'],
    ['50%2B', '50+'],
    ['%41', 'A'],
    ['%2541', '%41'],
    ['%C3', '%EF%BF%BD'],
    ['%ED%A0%80', '%EF%BF%BD'],
    ['x\uD800y', 'x%3Fy'],
  ])('treats the %% in %j as Jersey and java.net.URI do: %j', (value, encoded) => {
    expect(referenceOnly(value)).toBe(`reference=${encoded}`)
  })

  it('keeps an `=` in a value (only the first one splits name from value)', () => {
    expect(referenceOnly('a=b')).toBe('reference=a=b')
  })

  it('splits a value at `&`: a piece without `=` gets an empty value, one without a name is dropped', () => {
    expect(referenceOnly('x&y')).toBe('reference=x&y=')
    expect(referenceOnly('x&=y')).toBe('reference=x')
    expect(referenceOnly('x&&y&')).toBe('reference=x&y=')
  })

  it('places a split-off parameter by its own hash, and lists a repeated name once with both values', () => {
    const link = (reference: string): Array<[string, string]> => [
      ['account_id', '123'],
      ['reference', reference],
      ['state', 'success'],
      ['transaction_type', 'PAYMENT'],
      ['page', '1'],
      ['display_size', '500'],
    ]
    expect(paginationQuery(link('a&b=c'), DROPPED)).toBe('reference=a&b=c&display_size=500&state=success&page=1')
    // page now enters the map before state, with which it shares a bucket, so it comes first.
    expect(paginationQuery(link('&page=9'), DROPPED)).toBe('reference=&display_size=500&page=9&page=1&state=success')
    expect(paginationQuery(link('x&account_id=5&transaction_type=REFUND&gateway_account_id=7'), DROPPED)).toBe(
      'reference=x&display_size=500&state=success&page=1',
    )
  })

  it('counts split-off parameters in the table size: a 13th key resizes it to 32 buckets', () => {
    const link = (reference: string): Array<[string, string]> => [
      ['account_id', '123'],
      ['from_date', '2016-01-01T00:00Z'],
      ['to_date', '2016-02-01T00:00Z'],
      ['email', 'x'],
      ['reference', reference],
      ['cardholder_name', 'n'],
      ['first_digits_card_number', '444433'],
      ['last_digits_card_number', '1111'],
      ['state', 'success'],
      ['transaction_type', 'PAYMENT'],
      ['page', '1'],
      ['display_size', '500'],
    ]
    expect(paginationQuery(link('r'), DROPPED)).toBe(
      'reference=r&last_digits_card_number=1111&from_date=2016-01-01T00%3A00Z&to_date=2016-02-01T00%3A00Z' +
        '&display_size=500&first_digits_card_number=444433&state=success&page=1&cardholder_name=n&email=x',
    )
    expect(paginationQuery(link('r&k=1'), DROPPED)).toBe(
      'from_date=2016-01-01T00%3A00Z&k=1&first_digits_card_number=444433&cardholder_name=n&reference=r' +
        '&last_digits_card_number=1111&to_date=2016-02-01T00%3A00Z&display_size=500&state=success&page=1&email=x',
    )
  })
})
