// Refunds (pay-api-contract.md §8.1, §8.5): connector's checks in order, and each refund checked
// and recorded in one transaction so racing refunds never take back more than the payment.
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import type { RefundRecord } from '../../../../src/simulator/model/types.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { createRefund, getRefund, listRefunds } from '../../../../src/simulator/services/refunds.ts'
import { createService } from '../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

async function refundError(promise: Promise<unknown>): Promise<{ status: number; body: Record<string, string> }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(PayApiError)
  const payError = error as PayApiError
  return { status: payError.status, body: payError.toJSON() }
}

const notAvailable = (status: string) => ({
  code: 'P0603',
  description: `The payment is not available for refund. Payment refund status: ${status}`,
})

describe('createRefund', () => {
  it('refunds part of a captured payment at once: a success refund, and the payment records it', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const created = await createRefund(payment.serviceId, payment.id, { amount: 400 })
    expect(created).toBeDefined()
    const { refund, payment: updated } = created!
    expect(refund).toMatchObject({ paymentId: payment.id, serviceId: payment.serviceId, amount: 400, status: 'success' })
    expect(refund.id).toMatch(/^[0-9a-v]{26}$/)
    expect(updated.refundedAmount).toBe(400)
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(400)
    expect(await sim.db().refunds.get(refund.id)).toStrictEqual(refund)
  })

  it('records the refund history as submitted then success', async () => {
    const payment = await paymentIn('success')
    const { refund } = (await createRefund(payment.serviceId, payment.id, { amount: 100 }))!
    const stored = await sim.db().refunds.get(refund.id)
    expect(stored?.history).toEqual([
      { status: 'submitted', at: refund.createdAt },
      { status: 'success', at: refund.createdAt },
    ])
    // The payment's own history is left as it was: a refund is not a payment status.
    expect((await sim.db().payments.get(payment.id))?.history.at(-1)?.status).toBe('CAPTURED')
  })

  it('accepts the amount left exactly, and then the payment is fully refunded', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    await createRefund(payment.serviceId, payment.id, { amount: 600 })
    await createRefund(payment.serviceId, payment.id, { amount: 400, refundAmountAvailable: 400 })
    const error = await refundError(createRefund(payment.serviceId, payment.id, { amount: 1 }))
    expect(error).toEqual({ status: 400, body: notAvailable('full') })
  })

  it.each([
    ['created', 'pending'],
    ['started', 'pending'],
    ['submitted', 'pending'],
    ['capturable', 'unavailable'],
    ['declined', 'unavailable'],
    ['error', 'unavailable'],
    ['cancelled', 'unavailable'],
    ['user-cancelled', 'unavailable'],
  ] as const)('refuses a %s payment: 400 P0603 "...: %s"', async (state, summary) => {
    const payment = await paymentIn(state)
    expect(await refundError(createRefund(payment.serviceId, payment.id, { amount: 100 }))).toEqual({
      status: 400,
      body: notAvailable(summary),
    })
    expect(await sim.db().refunds.count()).toBe(0)
  })

  it('refuses more than is left: 400 P0603 amount_not_available', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    await createRefund(payment.serviceId, payment.id, { amount: 700 })
    expect(await refundError(createRefund(payment.serviceId, payment.id, { amount: 301 }))).toEqual({
      status: 400,
      body: notAvailable('amount_not_available'),
    })
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(700)
  })

  it('refuses a wrong refund_amount_available: 412 P0604', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    expect(
      await refundError(createRefund(payment.serviceId, payment.id, { amount: 100, refundAmountAvailable: 999 })),
    ).toEqual({ status: 412, body: { code: 'P0604', description: 'Refund amount available mismatch.' } })
  })

  it('checks the refund status before refund_amount_available, and that before the amount (§8.1 order)', async () => {
    const created = await paymentIn('created', { amount: 1000 })
    expect(
      (await refundError(createRefund(created.serviceId, created.id, { amount: 5000, refundAmountAvailable: 1 }))).body,
    ).toEqual(notAvailable('pending'))
    const captured = await paymentIn('success', { amount: 1000 })
    expect(
      (await refundError(createRefund(captured.serviceId, captured.id, { amount: 5000, refundAmountAvailable: 1 }))).body
        .code,
    ).toBe('P0604')
  })

  it.each([
    [0, 422, 'Invalid attribute value: amount. Must be greater than or equal to 1'],
    [-5, 422, 'Invalid attribute value: amount. Must be greater than or equal to 1'],
    [10_000_001, 422, 'Invalid attribute value: amount. Must be less than or equal to 10000000'],
    [1.5, 400, 'Invalid attribute value: amount. Must be a valid numeric format'],
  ])('refuses the amount %d: %d P0602', async (amount, status, description) => {
    const payment = await paymentIn('success')
    expect(await refundError(createRefund(payment.serviceId, payment.id, { amount }))).toEqual({
      status,
      body: { field: 'amount', code: 'P0602', description },
    })
  })

  it('returns undefined for an unknown payment and for a payment of another service', async () => {
    const payment = await paymentIn('success')
    const other = await createService('Other service')
    expect(await createRefund(payment.serviceId, '0'.repeat(26), { amount: 100 })).toBeUndefined()
    expect(await createRefund(other.id, payment.id, { amount: 100 })).toBeUndefined()
    expect(await sim.db().refunds.count()).toBe(0)
  })
})

describe('createRefund under concurrency', () => {
  async function race(amount: number, each: number, count: number) {
    const payment = await paymentIn('success', { amount })
    const results = await Promise.allSettled(
      Array.from({ length: count }, () => createRefund(payment.serviceId, payment.id, { amount: each })),
    )
    const stored = await sim.db().refunds.where('paymentId').equals(payment.id).toArray()
    return { payment, results, stored }
  }

  const refusals = (results: PromiseSettledResult<unknown>[]) =>
    results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as PayApiError).toJSON()] : []))

  it('lets exactly 10 of 20 simultaneous 100p refunds of a 1000p payment through; the rest find it full', async () => {
    const { payment, results, stored } = await race(1000, 100, 20)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10)
    expect(refusals(results)).toEqual(Array(10).fill(notAvailable('full')))
    expect(stored).toHaveLength(10)
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(1000)
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(1000)
  })

  it('lets exactly 3 of 50 simultaneous 300p refunds of a 1000p payment through; the rest are amount_not_available', async () => {
    const { payment, results, stored } = await race(1000, 300, 50)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    expect(refusals(results)).toEqual(Array(47).fill(notAvailable('amount_not_available')))
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(900)
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(900)
  })

  it('never refunds more than the payment, whatever the mix of amounts', async () => {
    const payment = await paymentIn('success', { amount: 1234 })
    const amounts = Array.from({ length: 40 }, (_, i) => ((i * 37) % 200) + 1)
    await Promise.allSettled(amounts.map((amount) => createRefund(payment.serviceId, payment.id, { amount })))
    const stored = await sim.db().refunds.where('paymentId').equals(payment.id).toArray()
    const total = stored.reduce((sum, r) => sum + r.amount, 0)
    expect(total).toBeLessThanOrEqual(1234)
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(total)
  })
})

describe('listRefunds and getRefund', () => {
  it('lists a payment’s refunds oldest first, and nothing of other payments', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const other = await paymentIn('success', { amount: 1000 })
    const made: RefundRecord[] = []
    for (const amount of [100, 200, 300]) {
      made.push((await createRefund(payment.serviceId, payment.id, { amount }))!.refund)
      await advanceClock({ minutes: 1 }) // refunds in the same millisecond have no defined order
    }
    await createRefund(other.serviceId, other.id, { amount: 50 })
    const listed = await listRefunds(payment.serviceId, payment.id)
    expect(listed?.payment.id).toBe(payment.id)
    expect(listed?.refunds.map((r) => r.amount)).toEqual([100, 200, 300])
    expect(listed?.refunds.map((r) => r.id)).toEqual(made.map((r) => r.id))
  })

  it('lists nothing for a payment with no refunds, and undefined for an unknown or foreign payment', async () => {
    const payment = await paymentIn('success')
    const other = await createService('Other service')
    expect((await listRefunds(payment.serviceId, payment.id))?.refunds).toEqual([])
    expect(await listRefunds(payment.serviceId, '0'.repeat(26))).toBeUndefined()
    expect(await listRefunds(other.id, payment.id)).toBeUndefined()
  })

  it('gets a refund only through its own payment and service', async () => {
    const payment = await paymentIn('success')
    const another = await paymentIn('success')
    const other = await createService('Other service')
    const { refund } = (await createRefund(payment.serviceId, payment.id, { amount: 100 }))!
    expect(await getRefund(payment.serviceId, payment.id, refund.id)).toStrictEqual(refund)
    expect(await getRefund(payment.serviceId, another.id, refund.id)).toBeUndefined()
    expect(await getRefund(other.id, payment.id, refund.id)).toBeUndefined()
    expect(await getRefund(payment.serviceId, payment.id, '0'.repeat(26))).toBeUndefined()
  })
})
