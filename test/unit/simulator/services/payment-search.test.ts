// Searching payments and refunds (pay-api-contract.md §3.3 and §8.4): the filters as the search back
// end applies them, whichever index the service picks, newest first, a page at a time.
import { describe, expect, it } from 'vitest'
import { parsePaymentSearch, parseRefundSearch } from '../../../../src/simulator/rules/search-params.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { beginCardEntry, returnToService } from '../../../../src/simulator/services/hosted-session.ts'
import { likeMatcher, searchPayments, searchRefunds } from '../../../../src/simulator/services/payment-search.ts'
import { cancelPayment } from '../../../../src/simulator/services/payments.ts'
import { toIsoMillis } from '../../../../src/simulator/services/clock.ts'
import { useSimulator } from '../../../support/simulator.ts'
import {
  authorise,
  currentServiceId,
  DECLINED_CARD,
  ERROR_CARD,
  makePayment,
  otherService,
  pay,
  refund,
  tick,
} from '../../../support/payment-scenarios.ts'

useSimulator()

async function find(query: string, serviceId?: string) {
  const page = await searchPayments(serviceId ?? (await currentServiceId()), parsePaymentSearch(new URLSearchParams(query)))
  return { total: page.total, ids: page.results.map((payment) => payment.id) }
}

async function findRefunds(query: string, serviceId?: string) {
  const page = await searchRefunds(serviceId ?? (await currentServiceId()), parseRefundSearch(new URLSearchParams(query)))
  return { total: page.total, ids: page.results.map((r) => r.id) }
}

/** `n` payments a minute apart, oldest first. */
async function series(n: number, overrides: (i: number) => Parameters<typeof makePayment>[0] = () => ({})) {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    ids.push((await makePayment(overrides(i))).id)
    await tick()
  }
  return ids
}

/** An ISO instant `micros` microseconds after a millisecond time, e.g. …12.345500Z. */
const withMicros = (ms: number, micros: number) => toIsoMillis(ms).replace('Z', `${String(micros).padStart(3, '0')}Z`)

describe('searchPayments: order and paging', () => {
  it('returns every payment of the service, newest first, with the total', async () => {
    const ids = await series(4)
    expect(await find('')).toEqual({ total: 4, ids: [...ids].reverse() })
  })

  it('reads one page at a time and an empty page past the end', async () => {
    const [p1, p2, p3, p4, p5] = await series(5)
    expect(await find('display_size=2')).toEqual({ total: 5, ids: [p5, p4] })
    expect(await find('display_size=2&page=2')).toEqual({ total: 5, ids: [p3, p2] })
    expect(await find('display_size=2&page=3')).toEqual({ total: 5, ids: [p1] })
    expect(await find('display_size=2&page=4')).toEqual({ total: 5, ids: [] })
  })

  it('pages filtered results too', async () => {
    const ids = await series(5, (i) => ({ email: i % 2 === 0 ? 'even@example.org' : 'odd@example.org' }))
    expect(await find('email=even&display_size=2')).toEqual({ total: 3, ids: [ids[4], ids[2]] })
    expect(await find('email=even&display_size=2&page=2')).toEqual({ total: 3, ids: [ids[0]] })
  })

  it('never shows another service its payments', async () => {
    const mine = await makePayment({ reference: 'SHARED' })
    const other = await otherService()
    const theirs = await makePayment({ reference: 'SHARED' }, other.serviceId)
    expect(await find('')).toEqual({ total: 1, ids: [mine.id] })
    expect(await find('reference=SHARED')).toEqual({ total: 1, ids: [mine.id] })
    expect(await find('reference=SHARED', other.serviceId)).toEqual({ total: 1, ids: [theirs.id] })
  })
})

describe('searchPayments: filters', () => {
  it('matches reference exactly, ignoring case, never as a substring', async () => {
    const [upper, , , lower] = await series(4, (i) => ({ reference: ['ABC-1', 'abc-12', 'xabc-1', 'abc-1'][i]! }))
    expect(await find('reference=aBc-1')).toEqual({ total: 2, ids: [lower, upper] })
    expect(await find('reference=abc')).toEqual({ total: 0, ids: [] })
  })

  it('matches email as a substring, ignoring case, and skips payments without one', async () => {
    const [jane, john] = await series(3, (i) => (i === 2 ? {} : { email: ['Jane.Doe@Example.org', 'john@example.org'][i]! }))
    expect(await find('email=doe@EXAMPLE')).toEqual({ total: 1, ids: [jane] })
    expect(await find('email=example.org')).toEqual({ total: 2, ids: [john, jane] })
  })

  it('lets % and _ in an email act as LIKE wildcards, and a backslash escape them', async () => {
    const [underscore, x, none] = await series(3, (i) => (i === 2 ? {} : { email: ['a_b@example.org', 'axb@example.org'][i]! }))
    expect(await find('email=a_b')).toEqual({ total: 2, ids: [x, underscore] })
    expect(await find(`email=${encodeURIComponent('a\\_b')}`)).toEqual({ total: 1, ids: [underscore] })
    expect(await find('email=%25')).toEqual({ total: 2, ids: [x, underscore] })
    expect(await find('email=a%25org')).toEqual({ total: 2, ids: [x, underscore] })
    expect((await find('')).ids).toContain(none)
  })

  it('matches cardholder_name as a substring ignoring case, including a prefilled name', async () => {
    const bloggs = await makePayment()
    await authorise(bloggs.id, { cardholderName: 'Mr J Bloggs' })
    await tick()
    const smith = await makePayment()
    await authorise(smith.id, { cardholderName: 'Ms A Smith' })
    await tick()
    const prefilled = await makePayment({ cardholderName: 'Joe Bloggs-Smith' })
    expect(await find('cardholder_name=bLOGG')).toEqual({ total: 2, ids: [prefilled.id, bloggs.id] })
    expect(await find('cardholder_name=a%20smi')).toEqual({ total: 1, ids: [smith.id] })
  })

  it('filters on the external state, every status of it', async () => {
    const created = await makePayment()
    await tick()
    const started = await makePayment()
    await beginCardEntry(started.id)
    await tick()
    const declined = await makePayment()
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    await tick()
    const success = await makePayment()
    await pay(success.id)
    await tick()
    const cancelled = await makePayment()
    await cancelPayment(await currentServiceId(), cancelled.id)
    await tick()
    const userCancelled = await makePayment()
    await returnToService(userCancelled.id)
    await tick()
    const error = await makePayment()
    await authorise(error.id, { cardNumber: ERROR_CARD })
    await tick()
    const submitted = await makePayment()
    await authorise(submitted.id)
    expect(await find('state=created')).toEqual({ total: 1, ids: [created.id] })
    expect(await find('state=success')).toEqual({ total: 1, ids: [success.id] })
    expect(await find('state=failed')).toEqual({ total: 2, ids: [userCancelled.id, declined.id] })
    expect(await find('state=cancelled')).toEqual({ total: 1, ids: [cancelled.id] })
    expect(await find('state=error')).toEqual({ total: 1, ids: [error.id] })
    expect(await find('state=submitted')).toEqual({ total: 1, ids: [submitted.id] })
    expect(await find('state=started')).toEqual({ total: 1, ids: [started.id] })
  })

  it('filters on the first six and last four digits of the card', async () => {
    const visa = await makePayment()
    await pay(visa.id, { cardNumber: '4444333322221111' })
    await tick()
    const other = await makePayment()
    await pay(other.id, { cardNumber: '4242424242424242' })
    expect(await find('first_digits_card_number=444433')).toEqual({ total: 1, ids: [visa.id] })
    expect(await find('last_digits_card_number=4242')).toEqual({ total: 1, ids: [other.id] })
    expect(await find('first_digits_card_number=444433&last_digits_card_number=4242')).toEqual({ total: 0, ids: [] })
  })

  it('applies every filter together, whichever index it starts from', async () => {
    const match = await makePayment({ reference: 'Combo', email: 'combo@example.org' })
    await pay(match.id, { cardNumber: '4444333322221111', cardholderName: 'Combo Person' })
    await tick()
    const wrongState = await makePayment({ reference: 'COMBO', email: 'combo@example.org' })
    await authorise(wrongState.id, { cardNumber: '4444333322221111', cardholderName: 'Combo Person' })
    await tick()
    const wrongCard = await makePayment({ reference: 'combo', email: 'combo@example.org' })
    await pay(wrongCard.id, { cardNumber: '4242424242424242', cardholderName: 'Combo Person' })
    await tick()
    const wrongEmail = await makePayment({ reference: 'combo', email: 'someone@example.org' })
    await pay(wrongEmail.id, { cardNumber: '4444333322221111', cardholderName: 'Combo Person' })
    const only = { total: 1, ids: [match.id] }
    const filters = 'state=success&email=combo&cardholder_name=person'
    expect(await find(`reference=combo&first_digits_card_number=444433&last_digits_card_number=1111&${filters}`)).toEqual(only)
    expect(await find(`last_digits_card_number=1111&first_digits_card_number=444433&${filters}`)).toEqual(only)
    expect(await find(`first_digits_card_number=444433&${filters}`)).toEqual(only)
    expect(await find(`reference=COMBO&state=success&last_digits_card_number=1111&email=combo`)).toEqual(only)
    expect(await find(`reference=COMBO&state=success&last_digits_card_number=1111`)).toEqual({ total: 2, ids: [wrongEmail.id, match.id] })
    expect(await find(`last_digits_card_number=1111&state=success&email=combo`)).toEqual(only)
    expect(await find(`state=success&email=combo&first_digits_card_number=444433`)).toEqual(only)
  })

  it('accepts card_brand but ignores it, as the real search back end does', async () => {
    const payment = await makePayment()
    await pay(payment.id)
    await tick()
    const unpaid = await makePayment()
    expect(await find('card_brand=visa')).toEqual({ total: 2, ids: [unpaid.id, payment.id] })
    expect(await find('card_brand=master-card')).toEqual({ total: 2, ids: [unpaid.id, payment.id] })
  })

  it('finds nothing by settled date or agreement on a sandbox account', async () => {
    await series(2)
    expect(await find('from_settled_date=2000-01-01')).toEqual({ total: 0, ids: [] })
    expect(await find('to_settled_date=2100-01-01')).toEqual({ total: 0, ids: [] })
    expect(await find('agreement_id=abcdefghijklmnopqrstuvwxyz')).toEqual({ total: 0, ids: [] })
  })

  it('shows an unfinished payment as failed (expired) once the clock is past 90 minutes', async () => {
    const payment = await makePayment()
    await advanceClock({ minutes: 89 })
    expect(await find('state=created')).toEqual({ total: 1, ids: [payment.id] })
    await advanceClock({ minutes: 2 })
    expect(await find('state=created')).toEqual({ total: 0, ids: [] })
    expect(await find('state=failed')).toEqual({ total: 1, ids: [payment.id] })
    const [found] = (await searchPayments(await currentServiceId(), parsePaymentSearch(new URLSearchParams('')))).results
    expect(found?.status).toBe('EXPIRED')
  })
})

describe('searchPayments: created date bounds', () => {
  it('excludes a payment created exactly at from_date or at to_date', async () => {
    const p1 = await makePayment()
    await tick()
    const p2 = await makePayment()
    await tick()
    const p3 = await makePayment()
    const at = (ms: number) => encodeURIComponent(toIsoMillis(ms))
    expect(await find(`from_date=${at(p1.createdAt)}`)).toEqual({ total: 2, ids: [p3.id, p2.id] })
    expect(await find(`to_date=${at(p3.createdAt)}`)).toEqual({ total: 2, ids: [p2.id, p1.id] })
    expect(await find(`from_date=${at(p1.createdAt)}&to_date=${at(p3.createdAt)}`)).toEqual({ total: 1, ids: [p2.id] })
    expect(await find(`from_date=${at(p1.createdAt - 1)}&to_date=${at(p3.createdAt + 1)}`)).toEqual({
      total: 3,
      ids: [p3.id, p2.id, p1.id],
    })
  })

  it('compares to the microsecond', async () => {
    const p1 = await makePayment()
    await tick()
    const p2 = await makePayment()
    const q = (name: string, ms: number, micros: number) => `${name}=${encodeURIComponent(withMicros(ms, micros))}`
    expect(await find(q('from_date', p2.createdAt, 500))).toEqual({ total: 0, ids: [] })
    expect(await find(q('from_date', p2.createdAt - 1, 999))).toEqual({ total: 1, ids: [p2.id] })
    expect(await find(q('to_date', p1.createdAt, 1))).toEqual({ total: 1, ids: [p1.id] })
    expect(await find(q('to_date', p1.createdAt, 0))).toEqual({ total: 0, ids: [] })
  })

  it('reads the bounds in their own offset', async () => {
    const p1 = await makePayment()
    await tick()
    const p2 = await makePayment()
    // The same instant as p1's creation, written one hour ahead of UTC.
    const local = new Date(p1.createdAt + 3_600_000).toISOString().replace('Z', '+01:00')
    expect(await find(`from_date=${encodeURIComponent(local)}`)).toEqual({ total: 1, ids: [p2.id] })
  })

  it('applies the bounds when starting from a filter index', async () => {
    const p1 = await makePayment({ reference: 'R', email: 'x@example.org' })
    await tick()
    const p2 = await makePayment({ reference: 'R', email: 'x@example.org' })
    await tick()
    const p3 = await makePayment({ reference: 'R', email: 'x@example.org' })
    const bounds = `from_date=${encodeURIComponent(toIsoMillis(p1.createdAt))}&to_date=${encodeURIComponent(toIsoMillis(p3.createdAt))}`
    expect(await find(`reference=r&${bounds}`)).toEqual({ total: 1, ids: [p2.id] })
    expect(await find(`state=created&${bounds}`)).toEqual({ total: 1, ids: [p2.id] })
    expect(await find(`email=x&${bounds}`)).toEqual({ total: 1, ids: [p2.id] })
  })
})

describe('likeMatcher', () => {
  it.each([
    ['doe', 'jane.doe@example.org', true],
    ['DOE', 'jane.doe@example.org', true],
    ['j_n', 'jane@example.org', true],
    ['j_n', 'john@example.org', false],
    ['a%z', 'a to z', true],
    ['a\\%z', 'a to z', false],
    ['a\\%z', '100a%z', true],
    ['a\\_z', 'a_z', true],
    ['a\\_z', 'abz', false],
    ['x\\', 'ax%', true],
    ['x\\', 'ax', false],
    ['.*', 'anything', false],
    ['.*', 'a.*b', true],
    ['(', 'a(b', true],
    ['é', 'CAFÉ', true],
    ['a_b', 'a😀b', true],
  ])('%j matches %j: %s', (fragment, text, expected) => {
    expect(likeMatcher(fragment)(text)).toBe(expected)
  })

  it('never matches a missing value', () => {
    expect(likeMatcher('%')(undefined)).toBe(false)
    expect(likeMatcher('%')(null)).toBe(false)
    expect(likeMatcher('%')('')).toBe(true)
  })
})

describe('searchRefunds', () => {
  it('returns the service its refunds newest first, a page at a time', async () => {
    const payment = await makePayment({ amount: 10_000 })
    await pay(payment.id)
    const refunds: string[] = []
    for (const amount of [100, 200, 300]) {
      await tick()
      refunds.push((await refund(payment.id, amount)).id)
    }
    expect(await findRefunds('')).toEqual({ total: 3, ids: [...refunds].reverse() })
    expect(await findRefunds('display_size=2&page=2')).toEqual({ total: 3, ids: [refunds[0]] })
  })

  it('never shows another service its refunds', async () => {
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    await pay(theirs.id)
    await refund(theirs.id, 100, other.serviceId)
    expect(await findRefunds('')).toEqual({ total: 0, ids: [] })
    expect((await findRefunds('', other.serviceId)).total).toBe(1)
  })

  it('excludes refunds created exactly at from_date or to_date', async () => {
    const payment = await makePayment({ amount: 10_000 })
    await pay(payment.id)
    const created: number[] = []
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      await tick()
      const r = await refund(payment.id, 100)
      created.push(r.createdAt)
      ids.push(r.id)
    }
    const at = (ms: number) => encodeURIComponent(toIsoMillis(ms))
    expect(await findRefunds(`from_date=${at(created[0]!)}&to_date=${at(created[2]!)}`)).toEqual({ total: 1, ids: [ids[1]] })
  })

  it('finds nothing by settled date on a sandbox account', async () => {
    const payment = await makePayment()
    await pay(payment.id)
    await refund(payment.id, 100)
    expect(await findRefunds('from_settled_date=2000-01-01')).toEqual({ total: 0, ids: [] })
  })
})
