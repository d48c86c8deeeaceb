// Pagination links (pay-api-contract.md §3.3 and §8.4): which links exist for which page, the page
// numbers and display_size in them, and the query string as the real API's Jersey chain writes it:
// the hash map's order and Jersey's encoding (expected queries produced by Java; see
// java-query-order.test.ts).
import { describe, expect, it } from 'vitest'
import {
  echoed,
  lastPage,
  PAYMENT_ECHO_ORDER,
  PAYMENT_SEARCH,
  pageLinks,
  REFUND_ECHO_ORDER,
  REFUND_SEARCH,
} from '../../../../../src/simulator/http/present/pagination-json.ts'

const PAYMENTS = 'https://publicapi.payments.service.gov.uk/v1/payments'
const REFUNDS = 'https://publicapi.payments.service.gov.uk/v1/refunds'

const pageOf = (href: string) => new URL(href).searchParams.get('page')

describe('lastPage', () => {
  it('is ceil(total / size), and 1 when there is nothing', () => {
    expect(lastPage(0, 500)).toBe(1)
    expect(lastPage(1, 500)).toBe(1)
    expect(lastPage(500, 500)).toBe(1)
    expect(lastPage(501, 500)).toBe(2)
    expect(lastPage(25, 10)).toBe(3)
    expect(lastPage(30, 10)).toBe(3)
  })
})

describe('pageLinks', () => {
  it('has self, first_page and last_page, and no prev_page or next_page, for a single page', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 1, displaySize: 500 }, 3)
    expect(links).toEqual({
      self: { href: `${PAYMENTS}?display_size=500&page=1` },
      first_page: { href: `${PAYMENTS}?display_size=500&page=1` },
      last_page: { href: `${PAYMENTS}?display_size=500&page=1` },
    })
  })

  it('has self, first and last pointing at page 1 when there are no results', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 1, displaySize: 500 }, 0)
    expect(Object.keys(links)).toEqual(['self', 'first_page', 'last_page'])
    expect(pageOf(links.last_page.href)).toBe('1')
  })

  it('leaves out prev_page on page 1 and gives next_page while there are more pages', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 1, displaySize: 10 }, 25)
    expect(links.prev_page).toBeUndefined()
    expect(pageOf(links.self.href)).toBe('1')
    expect(pageOf(links.first_page.href)).toBe('1')
    expect(pageOf(links.last_page.href)).toBe('3')
    expect(pageOf(links.next_page!.href)).toBe('2')
  })

  it('points prev_page and next_page at the neighbouring pages in the middle', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 2, displaySize: 10 }, 25)
    expect(links).toEqual({
      self: { href: `${PAYMENTS}?display_size=10&page=2` },
      first_page: { href: `${PAYMENTS}?display_size=10&page=1` },
      last_page: { href: `${PAYMENTS}?display_size=10&page=3` },
      prev_page: { href: `${PAYMENTS}?display_size=10&page=1` },
      next_page: { href: `${PAYMENTS}?display_size=10&page=3` },
    })
  })

  it('has no next_page on the last page', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 3, displaySize: 10 }, 25)
    expect(links.next_page).toBeUndefined()
    expect(pageOf(links.prev_page!.href)).toBe('2')
    expect(pageOf(links.self.href)).toBe('3')
  })

  it('points prev_page at the last page when the page is past it (total 0, page 5)', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 5, displaySize: 500 }, 0)
    expect(links).toEqual({
      self: { href: `${PAYMENTS}?display_size=500&page=5` },
      first_page: { href: `${PAYMENTS}?display_size=500&page=1` },
      last_page: { href: `${PAYMENTS}?display_size=500&page=1` },
      prev_page: { href: `${PAYMENTS}?display_size=500&page=1` },
    })
  })

  it('points prev_page at the last page, not page - 1, when the page is well past the last', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 9, displaySize: 10 }, 25)
    expect(pageOf(links.prev_page!.href)).toBe('3')
    expect(links.next_page).toBeUndefined()
  })

  it('puts the display size in every link', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 2, displaySize: 7 }, 30)
    for (const link of Object.values(links)) expect(new URL(link.href).searchParams.get('display_size')).toBe('7')
  })

  it('gives links as an href only, without a method', () => {
    const links = pageLinks(PAYMENT_SEARCH, [], { page: 2, displaySize: 10 }, 30)
    for (const link of Object.values(links)) expect(Object.keys(link)).toEqual(['href'])
  })

  it('writes the filters in the hash map order, encoded as Jersey encodes a query', () => {
    const given = new Map([
      ['reference', 'REF 1'],
      ['state', 'success'],
      ['email', 'a@b.com'],
      ['from_date', '2016-01-01T23:59:59Z'],
      ['to_date', '2016-01-02T00:00:00+01:00'],
    ])
    const links = pageLinks(PAYMENT_SEARCH, echoed(given, PAYMENT_ECHO_ORDER), { page: 2, displaySize: 10 }, 40)
    expect(links.self.href).toBe(
      `${PAYMENTS}?reference=REF%201&from_date=2016-01-01T23%3A59%3A59Z&to_date=2016-01-02T00%3A00%3A00+01%3A00` +
        '&display_size=10&state=success&page=2&email=a%40b.com',
    )
  })

  it('keeps `+` and `~`, encodes `*`, `%` and spaces, and splits a reference at `&`', () => {
    const given = new Map([
      ['email', 'jane.doe+tag@example.org'],
      ['reference', 'Mr J*~ & Co=Ltd 100%'],
      ['from_date', '2016-01-01T23:59:59Z'],
      ['to_date', '2016-01-02T00:00:00+01:00'],
      ['state', 'success'],
    ])
    const links = pageLinks(PAYMENT_SEARCH, echoed(given, PAYMENT_ECHO_ORDER), { page: 2, displaySize: 10 }, 40)
    expect(links.self.href).toBe(
      `${PAYMENTS}?reference=Mr%20J%2A~%20&from_date=2016-01-01T23%3A59%3A59Z&to_date=2016-01-02T00%3A00%3A00+01%3A00` +
        '&display_size=10&state=success&page=2&email=jane.doe+tag%40example.org&%20Co=Ltd%20100%25',
    )
  })

  it('sizes the hash table for the dropped account_id and transaction_type too (13 keys: 32 buckets)', () => {
    // Nine filters plus page and display_size are 11 keys; with the two dropped ones the map held
    // 13, past the 12 a 16-bucket table takes, so Java iterates a 32-bucket table.
    const given = new Map([
      ['from_date', '2016-01-01T00:00Z'],
      ['to_date', '2016-02-01T00:00Z'],
      ['email', 'x'],
      ['reference', 'r'],
      ['cardholder_name', 'n'],
      ['first_digits_card_number', '444433'],
      ['last_digits_card_number', '1111'],
      ['state', 'success'],
      ['from_settled_date', '2016-01-01'],
    ])
    const links = pageLinks(PAYMENT_SEARCH, echoed(given, PAYMENT_ECHO_ORDER), { page: 1, displaySize: 500 }, 1)
    const keys = [...new URL(links.self.href).searchParams.keys()]
    expect(keys).toEqual([
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

  it('builds refund search links on /v1/refunds in the same way', () => {
    const given = new Map([
      ['from_date', '2016-01-01T00:00+01:00'],
      ['to_settled_date', '2016-03-01'],
    ])
    const links = pageLinks(REFUND_SEARCH, echoed(given, REFUND_ECHO_ORDER), { page: 1, displaySize: 20 }, 0)
    expect(links.self.href).toBe(`${REFUNDS}?to_settled_date=2016-03-01&from_date=2016-01-01T00%3A00+01%3A00&display_size=20&page=1`)
  })
})

describe('echoed', () => {
  it('keeps the filters the payment search back end echoes, in its order, and never card_brand', () => {
    const given = new Map([
      ['state', 'success'],
      ['card_brand', 'visa'],
      ['agreement_id', 'abc'],
      ['email', 'e'],
      ['from_date', 'f'],
      ['page', '2'],
      ['display_size', '10'],
    ])
    expect(echoed(given, PAYMENT_ECHO_ORDER)).toEqual([
      ['from_date', 'f'],
      ['email', 'e'],
      ['state', 'success'],
      ['agreement_id', 'abc'],
    ])
  })

  it('keeps only the dates for the refund search', () => {
    const given = new Map([
      ['to_settled_date', 'b'],
      ['page', '3'],
      ['from_date', 'a'],
    ])
    expect(echoed(given, REFUND_ECHO_ORDER)).toEqual([
      ['from_date', 'a'],
      ['to_settled_date', 'b'],
    ])
  })
})
