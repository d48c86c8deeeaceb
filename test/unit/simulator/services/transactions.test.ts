// The admin transaction search: payments and refunds as rows of one list, newest first, with the
// admin site's status names and filters, and pages that agree with the whole list.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { cancelByUser, beginCardEntry } from '../../../../src/simulator/services/hosted-session.ts'
import { cancelPayment } from '../../../../src/simulator/services/payments.ts'
import {
  COUNT_LIMIT,
  listTransactions,
  searchTransactions,
  type TransactionQuery,
  type TransactionRow,
} from '../../../../src/simulator/services/transactions.ts'
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
import { useSimulator } from '../../../support/simulator.ts'

const simulator = useSimulator()

const rowId = (row: TransactionRow) => (row.type === 'refund' ? `refund:${row.refund.id}` : `payment:${row.payment.id}`)

async function search(query: TransactionQuery = {}, page = 1, pageSize = 100) {
  const result = await searchTransactions(await currentServiceId(), query, { page, pageSize })
  return { total: result.total, rows: result.rows.map(rowId), states: result.rows.map((row) => row.state) }
}

/** A paid payment (a minute after the last thing made). */
async function paid(overrides: Parameters<typeof makePayment>[0] = {}, card: Parameters<typeof pay>[1] = {}) {
  await tick()
  const payment = await makePayment(overrides)
  await pay(payment.id, card)
  return payment
}

describe('searchTransactions: rows', () => {
  it('lists payments and their refunds as rows of their own, newest first, with the admin site’s status names', async () => {
    const first = await paid({ reference: 'FIRST', amount: 5000 })
    await tick()
    const second = await makePayment({ reference: 'SECOND' })
    await tick()
    const partial = await refund(first.id, 1500)

    const result = await searchTransactions(await currentServiceId(), {}, { page: 1, pageSize: 100 })
    expect(result.total).toBe(3)
    expect(result.rows.map(rowId)).toEqual([`refund:${partial.id}`, `payment:${second.id}`, `payment:${first.id}`])
    expect(result.rows.map((row) => row.state)).toEqual(['Refund success', 'In progress', 'Success'])
    const [refundRow] = result.rows
    expect(refundRow?.type === 'refund' && refundRow.payment.reference).toBe('FIRST')
    expect(refundRow?.type === 'refund' && refundRow.refund.amount).toBe(1500)
  })

  it('names failed payments by why they failed', async () => {
    const declined = await makePayment()
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    const error = await makePayment()
    await authorise(error.id, { cardNumber: ERROR_CARD })
    const userCancelled = await makePayment()
    await beginCardEntry(userCancelled.id)
    await cancelByUser(userCancelled.id)
    const serviceCancelled = await makePayment()
    await cancelPayment(await currentServiceId(), serviceCancelled.id)
    const expired = await makePayment()
    await advanceClock({ minutes: 91 })

    const states = new Map((await listTransactions(await currentServiceId(), {})).map((row) => [row.payment.id, row.state]))
    expect(states.get(declined.id)).toBe('Declined')
    expect(states.get(error.id)).toBe('Error')
    expect(states.get(userCancelled.id)).toBe('Cancelled')
    expect(states.get(serviceCancelled.id)).toBe('Cancelled')
    expect(states.get(expired.id)).toBe('Timed out')
  })

  it('shows only the current service’s transactions', async () => {
    const mine = await paid({ reference: 'MINE' })
    const other = await otherService()
    await makePayment({ reference: 'THEIRS' }, other.serviceId)
    expect((await search()).rows).toEqual([`payment:${mine.id}`])
  })
})

describe('searchTransactions: filters', () => {
  it('matches part of the reference, email or name on the card, in any case', async () => {
    const a = await paid({ reference: 'INV-2026-0042', email: 'Alice.Smith@Example.org' }, { cardholderName: 'Ms Alice Smith' })
    const b = await paid({ reference: 'inv-2025-0007', email: 'bob@example.com' }, { cardholderName: 'Mr Bob Jones' })
    expect((await search({ reference: '2026' })).rows).toEqual([`payment:${a.id}`])
    expect((await search({ reference: 'INV-' })).rows).toEqual([`payment:${b.id}`, `payment:${a.id}`])
    expect((await search({ email: 'alice.smith@EXAMPLE' })).rows).toEqual([`payment:${a.id}`])
    expect((await search({ cardholderName: 'jones' })).rows).toEqual([`payment:${b.id}`])
    expect((await search({ reference: 'nothing-like-it' })).total).toBe(0)
  })

  it('matches the last 4 digits of the card exactly, and card brands', async () => {
    const visa = await paid({}, { cardNumber: '4242424242424242' })
    const mastercard = await paid({}, { cardNumber: '5105105105105100' })
    const amex = await paid({}, { cardNumber: '371449635398431' })
    expect((await search({ lastDigits: '5100' })).rows).toEqual([`payment:${mastercard.id}`])
    expect((await search({ lastDigits: '424' })).total).toBe(0)
    expect((await search({ brands: ['visa'] })).rows).toEqual([`payment:${visa.id}`])
    expect((await search({ brands: ['visa', 'american-express'] })).rows).toEqual([`payment:${amex.id}`, `payment:${visa.id}`])
    expect((await search({ brands: ['jcb'] })).total).toBe(0)
  })

  it('filters on status names, payments and refunds alike', async () => {
    const success = await paid({ amount: 3000 })
    const declined = await makePayment()
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    const inProgress = await makePayment()
    const refunded = await refund(success.id, 1000)

    expect((await search({ states: ['Success'] })).rows).toEqual([`payment:${success.id}`])
    expect((await search({ states: ['Declined'] })).rows).toEqual([`payment:${declined.id}`])
    expect((await search({ states: ['Timed out', 'Cancelled'] })).total).toBe(0)
    expect((await search({ states: ['In progress'] })).rows).toEqual([`payment:${inProgress.id}`])
    expect((await search({ states: ['Refund success'] })).rows).toEqual([`refund:${refunded.id}`])
    expect((await search({ states: ['Refund error', 'Refund submitted'] })).total).toBe(0)
    expect((await search({ states: ['Success', 'Refund success'] })).rows).toEqual([`refund:${refunded.id}`, `payment:${success.id}`])
  })

  it('finds refunds through their payment’s reference, email, name, card and brand', async () => {
    const payment = await paid({ reference: 'PARENT-REF', amount: 4000 }, { cardholderName: 'Carol Danvers', cardNumber: '5105105105105100' })
    const other = await paid({ reference: 'UNRELATED', amount: 4000 })
    const mine = await refund(payment.id, 100)
    await refund(other.id, 100)
    for (const query of [
      { reference: 'parent' },
      { cardholderName: 'danvers' },
      { lastDigits: '5100' },
      { brands: ['master-card'] },
      { reference: 'parent', states: ['Refund success' as const] },
    ]) {
      expect((await search(query)).rows.filter((row) => row.startsWith('refund:')), JSON.stringify(query)).toEqual([`refund:${mine.id}`])
    }
  })

  it('takes a date range from the first instant included to the first left out, for refunds by their own time', async () => {
    const early = await paid({ amount: 2000 })
    await tick(10)
    const late = await paid()
    const lateRefund = await refund(early.id, 500)
    const from = late.createdAt
    expect((await search({ from })).rows).toEqual([`refund:${lateRefund.id}`, `payment:${late.id}`])
    expect((await search({ to: from })).rows).toEqual([`payment:${early.id}`])
    expect((await search({ from: early.createdAt, to: early.createdAt + 1 })).rows).toEqual([`payment:${early.id}`])
    expect((await search({ from: early.createdAt + 1, to: late.createdAt })).total).toBe(0)
  })
})

describe('searchTransactions: pages', () => {
  it('pages through payments and refunds merged, with the total of both', async () => {
    const payments = []
    for (let i = 0; i < 4; i++) payments.push(await paid({ amount: 1000 }))
    await tick()
    const r1 = await refund(payments[0]!.id, 100)
    await tick()
    const p5 = await paid()
    const all = (await search({}, 1, 100)).rows
    expect(all).toHaveLength(6)
    expect(all.slice(0, 2)).toEqual([`payment:${p5.id}`, `refund:${r1.id}`])
    const pages = [await search({}, 1, 4), await search({}, 2, 4), await search({}, 3, 4)]
    expect(pages.map((page) => page.total)).toEqual([6, 6, 6])
    expect(pages.flatMap((page) => page.rows)).toEqual(all)
    expect(pages[2]?.rows).toEqual([])
  })

  it('gives every page exactly the slice of the whole list, whatever the mix of payments, refunds and filters', async () => {
    const serviceId = await currentServiceId()
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ refunds: fc.nat(2), gap: fc.nat(2), succeed: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<TransactionQuery>({}, { states: ['Success', 'Refund success'] }, { states: ['In progress', 'Refund success'] }, { reference: 'ref' }),
        fc.constantFrom(COUNT_LIMIT, 3),
        async (plan, pageSize, query, countLimit) => {
          await simulator.db().payments.clear()
          await simulator.db().refunds.clear()
          for (const step of plan) {
            const payment = await makePayment({ amount: 1000, reference: step.succeed ? 'REF-S' : 'OTHER' })
            if (step.succeed) {
              await pay(payment.id)
              for (let i = 0; i < step.refunds; i++) await refund(payment.id, 100)
            }
            if (step.gap > 0) await advanceClock({ minutes: step.gap })
          }
          const whole = (await listTransactions(serviceId, query)).map(rowId)
          const pages: string[] = []
          for (let page = 1; page <= Math.ceil(whole.length / pageSize) + 1; page++) {
            const result = await searchTransactions(serviceId, query, { page, pageSize }, { countLimit })
            expect(result.total).toBe(Math.min(whole.length, countLimit + 1))
            expect(result.hasNextPage).toBe(page * pageSize < whole.length)
            pages.push(...result.rows.map(rowId))
          }
          expect(pages).toEqual(whole)
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('searchTransactions: past the counting limit', () => {
  it('counts no further than 5,000, like the real service', () => {
    expect(COUNT_LIMIT).toBe(5000)
  })

  // Thousands of records are slow in the in-memory IndexedDB, so these use a limit of 5.
  const LIMIT = { countLimit: 5 }

  it('stops counting past the limit, still pages to the end, and says when a page is the last', async () => {
    const payments = []
    for (let i = 0; i < 6; i++) payments.push(await paid({ amount: 2000, reference: `P${i}` }))
    await tick()
    await refund(payments[0]!.id, 100)
    const serviceId = await currentServiceId()
    const first = await searchTransactions(serviceId, {}, { page: 1, pageSize: 3 }, LIMIT)
    expect(first.total).toBe(6)
    expect(first.hasNextPage).toBe(true)
    const pages = []
    for (let page = 1; page <= 3; page++) pages.push(await searchTransactions(serviceId, {}, { page, pageSize: 3 }, LIMIT))
    expect(pages.map((page) => page.hasNextPage)).toEqual([true, true, false])
    expect(pages.flatMap((page) => page.rows.map(rowId))).toEqual((await listTransactions(serviceId, {})).map(rowId))
    expect(pages[2]?.rows.map((row) => row.payment.reference)).toEqual(['P0'])
    const beyond = await searchTransactions(serviceId, {}, { page: 4, pageSize: 3 }, LIMIT)
    expect(beyond).toMatchObject({ rows: [], hasNextPage: false })
  })

  it('counts exactly up to the limit', async () => {
    for (let i = 0; i < 5; i++) await paid()
    const result = await searchTransactions(await currentServiceId(), { states: ['Success'] }, { page: 2, pageSize: 3 }, LIMIT)
    expect(result).toMatchObject({ total: 5, hasNextPage: false })
    expect(result.rows).toHaveLength(2)
  })

  it('pages to the end when the rows read in full come after every indexed one', async () => {
    // Refunds (read in full) older than all the payments (paged off the index, past the limit).
    const old = await paid({ amount: 5000 })
    for (let i = 0; i < 3; i++) await refund(old.id, 100)
    await simulator.db().payments.update(old.id, { createdAt: 10 })
    await simulator.db().refunds.toCollection().modify((record, ref) => {
      ref.value = { ...record, createdAt: record.createdAt % 7 }
    })
    for (let i = 0; i < 7; i++) await paid({ reference: `NEW-${i}` })
    const serviceId = await currentServiceId()
    const whole = (await listTransactions(serviceId, {})).map(rowId)
    expect(whole).toHaveLength(11)
    const pages = []
    for (let page = 1; page <= 7; page++) pages.push(...(await searchTransactions(serviceId, {}, { page, pageSize: 2 }, LIMIT)).rows.map(rowId))
    expect(pages).toEqual(whole)
    expect(whole.slice(-3).every((row) => row.startsWith('refund:'))).toBe(true)
  })
})
