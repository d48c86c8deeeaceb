// Query-string validation of the payment and refund searches (pay-api-contract.md §3.3 and §8.4):
// every invalid parameter is reported together, in the real check order, as one 422.
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import { parsePaymentSearch, parseRefundSearch } from '../../../../src/simulator/rules/search-params.ts'

const invalid = (names: string) => `Invalid parameters: ${names}. See Public API documentation for the correct data formats`

function rejection(query: string, parse: (params: URLSearchParams) => unknown = parsePaymentSearch) {
  try {
    parse(new URLSearchParams(query))
  } catch (error) {
    if (error instanceof PayApiError) return { status: error.status, body: error.toJSON() }
    throw error
  }
  throw new Error(`The query ${query} was accepted`)
}

const paymentProblem = (query: string) => rejection(query).body.description
const refundProblem = (query: string) => rejection(query, parseRefundSearch).body.description
const search = (query: string) => parsePaymentSearch(new URLSearchParams(query))

describe('parsePaymentSearch: validation', () => {
  it('reports the contract example as one 422 P0401 listing state, reference, email, from_date, to_date', () => {
    const query = new URLSearchParams({
      to_date: 'yesterday',
      from_date: '2015-08-13',
      email: 'e'.repeat(255),
      reference: 'r'.repeat(256),
      state: 'unknown',
    })
    expect(rejection(query.toString())).toEqual({
      status: 422,
      body: { code: 'P0401', description: invalid('state, reference, email, from_date, to_date') },
    })
  })

  it('lists every invalid parameter in the check order, whatever order they were sent in', () => {
    const query = new URLSearchParams({
      to_settled_date: '2020/03/01',
      from_settled_date: 'x',
      last_digits_card_number: '123',
      first_digits_card_number: '12345',
      display_size: '501',
      page: '0',
      to_date: 'x',
      from_date: 'x',
      card_brand: 'c'.repeat(21),
      email: 'e'.repeat(255),
      reference: 'r'.repeat(256),
      state: 'capturable',
    })
    expect(paymentProblem(query.toString())).toBe(
      invalid(
        'state, reference, email, card_brand, from_date, to_date, page, display_size, ' +
          'first_digits_card_number, last_digits_card_number, from_settled_date, to_settled_date',
      ),
    )
  })

  it('rejects state=capturable, which exists but cannot be searched', () => {
    expect(paymentProblem('state=capturable')).toBe(invalid('state'))
  })

  it.each(['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error'])('accepts state=%s', (state) => {
    expect(search(`state=${state}`).state).toBe(state)
  })

  it.each(['SUCCESS', ' success', 'expired', 'capturable'])('rejects state=%j', (state) => {
    expect(paymentProblem(new URLSearchParams({ state }).toString())).toBe(invalid('state'))
  })

  it('limits reference to 255, email to 254 and card_brand to 20 characters', () => {
    expect(search(`reference=${'r'.repeat(255)}&email=${'e'.repeat(254)}&card_brand=${'c'.repeat(20)}`).reference).toHaveLength(255)
    expect(paymentProblem(`reference=${'r'.repeat(256)}`)).toBe(invalid('reference'))
    expect(paymentProblem(`email=${'e'.repeat(255)}`)).toBe(invalid('email'))
    expect(paymentProblem(`card_brand=${'c'.repeat(21)}`)).toBe(invalid('card_brand'))
  })

  it.each(['0', 'abc', '-1', '1.5', '+1', ' 1', '1e2', '٣'])('rejects page=%j', (page) => {
    expect(paymentProblem(new URLSearchParams({ page }).toString())).toBe(invalid('page'))
  })

  it.each(['0', '501', 'abc', '-5', '10 '])('rejects display_size=%j', (size) => {
    expect(paymentProblem(new URLSearchParams({ display_size: size }).toString())).toBe(invalid('display_size'))
  })

  it('accepts page 1 upwards and display_size 1 to 500, reading leading zeros as Java does', () => {
    expect(search('page=007&display_size=0500')).toMatchObject({ page: 7, displaySize: 500 })
    expect(search('page=1&display_size=1')).toMatchObject({ page: 1, displaySize: 1 })
    expect(search('page=2147483647')).toMatchObject({ page: 2147483647 })
  })

  it('defaults to page 1 and 500 a page', () => {
    expect(search('')).toMatchObject({ page: 1, displaySize: 500 })
  })

  it.each(['12345', '1234567', 'abcdef', '42424a'])('rejects first_digits_card_number=%j', (digits) => {
    expect(paymentProblem(`first_digits_card_number=${digits}`)).toBe(invalid('first_digits_card_number'))
  })

  it.each(['123', '12345', 'abcd', '11a1'])('rejects last_digits_card_number=%j', (digits) => {
    expect(paymentProblem(`last_digits_card_number=${digits}`)).toBe(invalid('last_digits_card_number'))
  })

  it('accepts six first digits and four last digits', () => {
    expect(search('first_digits_card_number=444433&last_digits_card_number=1111')).toMatchObject({
      firstDigits: '444433',
      lastDigits: '1111',
    })
  })

  it.each(['2015-08-13', '2015-13-01T00:00Z', '2015-08-13T12:35:00', 'yesterday'])('rejects the dates %j', (date) => {
    expect(paymentProblem(new URLSearchParams({ from_date: date, to_date: date }).toString())).toBe(invalid('from_date, to_date'))
  })

  it.each([
    ['2015-08-13T12:35:00Z', 1439469300000000n],
    ['2015-08-13T12:35:00+01:00', 1439465700000000n],
    ['2015-08-13T12:35:00.123456Z', 1439469300123456n],
    ['2015-08-13T12:35:00Z[Europe/London]', 1439469300000000n],
  ])('accepts the date %s', (date, micros) => {
    const query = search(new URLSearchParams({ from_date: date, to_date: date }).toString())
    expect(query.fromDate).toBe(micros)
    expect(query.toDate).toBe(micros)
  })

  it('checks the settled dates as YYYY-MM-DD', () => {
    expect(search('from_settled_date=2020-03-01&to_settled_date=2020-02-29')).toMatchObject({
      fromSettledDate: '2020-03-01',
      toSettledDate: '2020-02-29',
    })
    expect(paymentProblem('from_settled_date=2020-03-01T00:00Z&to_settled_date=2019-02-29')).toBe(
      invalid('from_settled_date, to_settled_date'),
    )
  })

  it('passes cardholder_name and agreement_id on without any check', () => {
    const query = search(`cardholder_name=${'n'.repeat(300)}&agreement_id=${'a'.repeat(40)}`)
    expect(query.cardholderName).toHaveLength(300)
    expect(query.agreementId).toHaveLength(40)
  })

  it('ignores blank parameters as if they were absent', () => {
    const query = search(
      'state=&reference=%20%20&email=%09&card_brand=&from_date=%20&to_date=&page=&display_size=%0A' +
        '&first_digits_card_number=&last_digits_card_number=%20&from_settled_date=&to_settled_date=&cardholder_name=%20',
    )
    expect(query).toMatchObject({ page: 1, displaySize: 500 })
    expect(query.given.size).toBe(0)
    expect(query.state).toBeUndefined()
    expect(query.email).toBeUndefined()
    expect(query.cardholderName).toBeUndefined()
  })

  it('treats a no-break space as a value, not a blank, as Java does', () => {
    expect(search('email=%C2%A0').email).toBe('\u00a0')
    expect(paymentProblem('first_digits_card_number=%C2%A0')).toBe(invalid('first_digits_card_number'))
  })

  it('ignores parameters it does not know and keeps the first of repeated ones', () => {
    const query = search('foo=bar&state=success&state=nonsense')
    expect(query.state).toBe('success')
    expect([...query.given.keys()]).toEqual(['state'])
  })

  it('keeps the non-blank parameters as given, for the pagination links', () => {
    const query = search('email=A%40B.com&from_date=2015-08-13T12%3A35%3A00%2B01%3A00&page=2&display_size=10&card_brand=Visa')
    expect(Object.fromEntries(query.given)).toEqual({
      email: 'A@B.com',
      from_date: '2015-08-13T12:35:00+01:00',
      page: '2',
      display_size: '10',
      card_brand: 'Visa',
    })
  })
})

describe('parsePaymentSearch: a page or display_size too big for an int', () => {
  it('reports no parameter at all when it is the only problem', () => {
    expect(rejection('page=99999999999')).toEqual({ status: 422, body: { code: 'P0401', description: invalid('') } })
    expect(paymentProblem('page=2147483648')).toBe(invalid(''))
  })

  it('reports only the parameters found invalid before it', () => {
    expect(paymentProblem(`state=bad&reference=${'r'.repeat(256)}&page=99999999999&first_digits_card_number=1&to_settled_date=x`)).toBe(
      invalid('state, reference'),
    )
    expect(paymentProblem('page=0&display_size=99999999999&last_digits_card_number=x')).toBe(invalid('page'))
    expect(paymentProblem('state=bad&display_size=2147483648')).toBe(invalid('state'))
  })
})

describe('parseRefundSearch', () => {
  it('lists every invalid parameter as 422 P1101 in its own check order', () => {
    const query = new URLSearchParams({
      display_size: '0',
      page: 'x',
      to_settled_date: 'x',
      from_settled_date: 'x',
      to_date: 'x',
      from_date: 'x',
    })
    expect(rejection(query.toString(), parseRefundSearch)).toEqual({
      status: 422,
      body: { code: 'P1101', description: invalid('from_date, to_date, from_settled_date, to_settled_date, page, display_size') },
    })
  })

  it('ignores the payment search parameters', () => {
    const query = parseRefundSearch(new URLSearchParams('state=nonsense&reference=x&first_digits_card_number=1'))
    expect(query.given.size).toBe(0)
  })

  it('reads valid parameters', () => {
    const query = parseRefundSearch(
      new URLSearchParams('from_date=2015-08-13T12:35:00Z&to_date=2015-08-14T12:35Z&from_settled_date=2015-08-13&page=3&display_size=20'),
    )
    expect(query).toMatchObject({
      page: 3,
      displaySize: 20,
      fromDate: 1439469300000000n,
      toDate: 1439555700000000n,
      fromSettledDate: '2015-08-13',
    })
  })

  it('reports only the parameters found invalid before an overflowing page', () => {
    expect(refundProblem('display_size=0&from_date=bad&page=99999999999')).toBe(invalid('from_date'))
    expect(refundProblem('page=1&display_size=99999999999')).toBe(invalid(''))
  })
})
