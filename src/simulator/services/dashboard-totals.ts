// The dashboard's totals for a period: successful payments and successful refunds created in it
// (count and amount), and net income, the one less the other. Amounts are in pence.
import { sweepExpired } from './expiry.ts'
import { database } from './runtime.ts'

export interface CountAndAmount {
  count: number
  amount: number
}

export interface DashboardTotals {
  successfulPayments: CountAndAmount
  successfulRefunds: CountAndAmount
  netIncome: number
}

const sum = (records: ReadonlyArray<{ amount: number }>): CountAndAmount => ({
  count: records.length,
  amount: records.reduce((total, record) => total + record.amount, 0),
})

/** Totals for the service's transactions created from `from` (inclusive) to `to` (exclusive), in ms. */
export async function dashboardTotals(serviceId: string, from: number, to: number): Promise<DashboardTotals> {
  await sweepExpired()
  const db = database()
  const [payments, refunds] = await Promise.all([
    db.payments
      .where('[serviceId+state+createdAt]')
      .between([serviceId, 'success', from], [serviceId, 'success', to], true, false)
      .toArray(),
    db.refunds
      .where('[serviceId+createdAt]')
      .between([serviceId, from], [serviceId, to], true, false)
      .filter((refund) => refund.status === 'success')
      .toArray(),
  ])
  const successfulPayments = sum(payments)
  const successfulRefunds = sum(refunds)
  return { successfulPayments, successfulRefunds, netIncome: successfulPayments.amount - successfulRefunds.amount }
}
