import { describe, expect, it } from 'vitest'
import { now } from '../../../../src/simulator/services/clock.ts'
import { dashboardTotals } from '../../../../src/simulator/services/dashboard-totals.ts'
import { currentServiceId, DECLINED_CARD, authorise, makePayment, otherService, pay, refund, tick } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

async function paid(amount: number, serviceId?: string) {
  const payment = await makePayment({ amount }, serviceId)
  await pay(payment.id)
  return payment
}

describe('dashboardTotals', () => {
  it('counts successful payments and refunds made in the period and nets them', async () => {
    const from = await now()
    const a = await paid(2000)
    await paid(1050)
    await refund(a.id, 500)
    await refund(a.id, 250)
    const declined = await makePayment({ amount: 9999 })
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    await makePayment({ amount: 7777 })
    await tick()
    const totals = await dashboardTotals(await currentServiceId(), from, (await now()) + 1)
    expect(totals).toEqual({
      successfulPayments: { count: 2, amount: 3050 },
      successfulRefunds: { count: 2, amount: 750 },
      netIncome: 2300,
    })
  })

  it('leaves out what was made before the period, or at its end, and other services’ payments', async () => {
    const before = await paid(1000)
    await tick()
    const from = await now()
    await refund(before.id, 100)
    await paid(3000)
    await tick()
    const to = await now()
    await paid(5000)
    const other = await otherService()
    await paid(4000, other.serviceId)
    const totals = await dashboardTotals(await currentServiceId(), from, to)
    expect(totals.successfulPayments).toEqual({ count: 1, amount: 3000 })
    expect(totals.successfulRefunds).toEqual({ count: 1, amount: 100 })
    expect(totals.netIncome).toBe(2900)
  })

  it('is all zeros for a quiet period, and can be negative', async () => {
    const quiet = await dashboardTotals(await currentServiceId(), 0, 1)
    expect(quiet).toEqual({ successfulPayments: { count: 0, amount: 0 }, successfulRefunds: { count: 0, amount: 0 }, netIncome: 0 })
    const old = await paid(1000)
    await tick()
    const from = await now()
    await refund(old.id, 1000)
    expect((await dashboardTotals(await currentServiceId(), from, (await now()) + 1)).netIncome).toBe(-1000)
  })
})
