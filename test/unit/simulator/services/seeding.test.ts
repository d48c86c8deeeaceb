// Seeding demo payments in bulk: every record is one the real operations could have made (states,
// status histories, refunds, cards), dates spread over the last 90 days of the simulator clock, progress is
// reported per chunk, and a seed can be stopped part way.
import { describe, expect, it } from 'vitest'
import { externalState } from '../../../../src/simulator/model/payment-status.ts'
import { canTransition } from '../../../../src/simulator/model/state-machine.ts'
import type { PaymentRecord, RefundRecord } from '../../../../src/simulator/model/types.ts'
import { SANDBOX_CARDS } from '../../../../src/simulator/rules/cards/sandbox-cards.ts'
import { advanceClock, now } from '../../../../src/simulator/services/clock.ts'
import { sweepExpired } from '../../../../src/simulator/services/expiry.ts'
import { expiryFor } from '../../../../src/simulator/services/payment-lifecycle.ts'
import {
  checkSeedCount,
  MAX_SEED_COUNT,
  SEED_CHUNK_SIZE,
  seedPayments,
  type SeedProgress,
} from '../../../../src/simulator/services/seeding.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()
const DAY = 24 * 60 * 60_000

async function stored() {
  const db = sim.db()
  const [payments, refunds, tokens] = await Promise.all([db.payments.toArray(), db.refunds.toArray(), db.tokens.toArray()])
  const refundsOf = new Map<string, RefundRecord[]>()
  for (const refund of refunds) refundsOf.set(refund.paymentId, [...(refundsOf.get(refund.paymentId) ?? []), refund])
  return { payments, refunds, tokens, refundsOf }
}

describe('seedPayments', () => {
  it('adds exactly the number asked for to the current service, and the API finds them all', async () => {
    const result = await seedPayments(120, { seed: 1 })
    const service = await ensureCurrentService()
    expect(result).toEqual({ added: 120, cancelled: false, serviceId: service.id })
    expect(await sim.db().payments.where('[serviceId+createdAt]').between([service.id, -Infinity], [service.id, Infinity]).count()).toBe(120)
    const key = await newKey()
    const search = await api('GET', '/v1/payments?display_size=500', { key })
    expect(search.status).toBe(200)
    expect(search.json.total).toBe(120)
  })

  it('reaches every state the API reports, with the real failure codes', async () => {
    await seedPayments(60, { seed: 2 })
    const { payments } = await stored()
    const seen = new Set(payments.map((payment) => {
      const state = externalState(payment.status)
      return state.code ? `${state.status} ${state.code}` : state.status
    }))
    expect([...seen].sort()).toEqual(
      [
        'cancelled P0040',
        'capturable',
        'created',
        'error P0050',
        'failed P0010',
        'failed P0020',
        'failed P0030',
        'started',
        'submitted',
        'success',
      ].sort(),
    )
  })

  it('records every status change as an allowed step of the state machine, in time order', async () => {
    await seedPayments(300, { seed: 3 })
    const at = await now()
    const { payments, refundsOf } = await stored()
    for (const payment of payments) {
      const statuses = payment.history
      expect(statuses[0]).toEqual({ status: 'CREATED', at: payment.createdAt })
      for (let i = 1; i < statuses.length; i++) {
        expect(canTransition(statuses[i - 1]!.status, statuses[i]!.status)).toBe(true)
        expect(statuses[i]!.at).toBeGreaterThanOrEqual(statuses[i - 1]!.at)
      }
      expect(statuses.at(-1)!.status).toBe(payment.status)
      expect(payment.state).toBe(externalState(payment.status).status)
      const refundSteps = (refundsOf.get(payment.id) ?? []).flatMap((refund) => refund.history)
      expect(payment.updatedAt).toBe(Math.max(...[...statuses, ...refundSteps].map((step) => step.at)))
      expect(payment.updatedAt).toBeLessThanOrEqual(at)
      expect(payment.expiresAt).toBe(expiryFor(payment, payment.status))
    }
    expect(await sweepExpired()).toBe(0)
  })

  it('keeps only the first 6 and last 4 digits, brand, type, expiry, name and address of a card', async () => {
    await seedPayments(200, { seed: 4 })
    const { payments } = await stored()
    const withCards = payments.filter((payment) => payment.cardDetails)
    expect(withCards.length).toBeGreaterThan(100)
    for (const payment of withCards) {
      const card = payment.cardDetails!
      expect(Object.keys(card).sort()).toEqual(
        ['billingAddress', 'brandLabel', 'cardType', 'cardholderName', 'expiryDate', 'firstDigits', 'lastDigits'].sort(),
      )
      expect(card.firstDigits).toMatch(/^\d{6}$/)
      expect(card.lastDigits).toMatch(/^\d{4}$/)
      expect(card.expiryDate).toMatch(/^(0[1-9]|1[0-2])\/\d\d$/)
      expect(card.brandLabel).not.toBe('')
      expect(payment.firstDigits).toBe(card.firstDigits)
      expect(payment.lastDigits).toBe(card.lastDigits)
      expect(payment.email).toMatch(/^[a-z.]+\d*@[a-z.]+$/)
      const text = JSON.stringify(payment)
      for (const number of Object.keys(SANDBOX_CARDS)) expect(text).not.toContain(number)
    }
  })

  it('refunds only captured payments, never more than their amount, with refundedAmount in step', async () => {
    await seedPayments(400, { seed: 5 })
    const { payments, refunds } = await stored()
    expect(refunds.length).toBeGreaterThan(5)
    const byPayment = new Map(payments.map((payment) => [payment.id, payment]))
    const totals = new Map<string, number>()
    for (const refund of refunds) {
      const payment = byPayment.get(refund.paymentId)!
      expect(payment.status).toBe('CAPTURED')
      expect(refund.serviceId).toBe(payment.serviceId)
      expect(refund.status).toBe('success')
      expect(refund.createdAt).toBeGreaterThan(payment.captureSubmitTime!)
      expect(refund.history).toEqual([
        { status: 'submitted', at: refund.createdAt },
        { status: 'success', at: refund.createdAt },
      ])
      totals.set(payment.id, (totals.get(payment.id) ?? 0) + refund.amount)
    }
    for (const payment of payments) {
      expect(payment.refundedAmount).toBe(totals.get(payment.id) ?? 0)
      expect(payment.refundedAmount).toBeLessThanOrEqual(payment.amount)
    }
    const key = await newKey()
    const refunded = payments.find((payment) => payment.refundedAmount > 0)!
    const summary = (await api('GET', `/v1/payments/${refunded.id}`, { key })).json.refund_summary
    expect(summary.amount_submitted).toBe(refunded.refundedAmount)
    const listed = await api('GET', `/v1/payments/${refunded.id}/refunds`, { key })
    expect(listed.json._embedded.refunds).toHaveLength(refunds.filter((r) => r.paymentId === refunded.id).length)
  })

  it('spreads creation over the 90 days before the simulator clock’s now', async () => {
    await advanceClock({ days: 30 })
    const at = await now()
    await seedPayments(300, { seed: 6 })
    const created = (await stored()).payments.map((payment) => payment.createdAt)
    expect(Math.max(...created)).toBeLessThanOrEqual(at)
    expect(Math.min(...created)).toBeGreaterThanOrEqual(at - 90 * DAY)
    expect(Math.min(...created)).toBeLessThan(at - 60 * DAY)
    expect(created.filter((time) => time > Date.now()).length).toBeGreaterThan(0)
  })

  it('gives a hosted-page token only to payments of the last 7 days, used once the page was opened', async () => {
    await seedPayments(300, { seed: 7 })
    const at = await now()
    const { payments, tokens } = await stored()
    const byPayment = new Map(payments.map((payment) => [payment.id, payment]))
    const recent = payments.filter((payment) => at - payment.createdAt <= 7 * DAY)
    expect(tokens.map((token) => token.paymentId).sort()).toEqual(recent.map((payment) => payment.id).sort())
    for (const token of tokens) {
      const payment = byPayment.get(token.paymentId)!
      expect(token.createdAt).toBe(payment.createdAt)
      if (payment.status === 'CREATED') expect(token.used).toBe(false)
      if (payment.cardDetails) expect(token.used).toBe(true)
    }
  })

  it('follows the service’s settings: no address or email when it collects none, only cards it accepts', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, {
      settings: { collectBillingAddress: false, emailCollectionMode: 'OFF', acceptedCardTypes: [{ brand: 'visa', type: 'DEBIT' }, { brand: 'visa', type: 'CREDIT' }] },
    })
    await seedPayments(150, { seed: 8 })
    const { payments } = await stored()
    for (const payment of payments.filter((p: PaymentRecord) => p.cardDetails)) {
      expect(payment.cardDetails!.billingAddress).toBeNull()
      expect(payment.cardDetails!.brandLabel).toBe('Visa')
    }
    expect(payments.filter((payment) => payment.email && payment.status !== 'CREATED')).toEqual([])
  })

  it('reports progress after every chunk, ending with the total', async () => {
    const reports: SeedProgress[] = []
    const count = SEED_CHUNK_SIZE * 2 + 10
    await seedPayments(count, { seed: 9, onProgress: (progress) => reports.push(progress) })
    expect(reports).toEqual([
      { added: 0, total: count },
      { added: SEED_CHUNK_SIZE, total: count },
      { added: SEED_CHUNK_SIZE * 2, total: count },
      { added: count, total: count },
    ])
  })

  it('stops before the next chunk when cancelled, keeping the chunks already saved', async () => {
    const controller = new AbortController()
    const result = await seedPayments(SEED_CHUNK_SIZE * 3, {
      seed: 10,
      signal: controller.signal,
      onProgress: ({ added }) => {
        if (added === SEED_CHUNK_SIZE) controller.abort()
      },
    })
    expect(result).toMatchObject({ added: SEED_CHUNK_SIZE, cancelled: true })
    expect(await sim.db().payments.count()).toBe(SEED_CHUNK_SIZE)
  })

  it('adds nothing when stopped before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await seedPayments(SEED_CHUNK_SIZE * 2, { seed: 11, signal: controller.signal })
    expect(result).toMatchObject({ added: 0, cancelled: true })
    expect(await sim.db().payments.count()).toBe(0)
  })

  it.each([0, -1, 1.5, MAX_SEED_COUNT + 1, Number.NaN])('refuses %s payments with a message, adding nothing', async (count) => {
    await expect(seedPayments(count)).rejects.toThrow('The number of payments must be a whole number from 1 to 100,000')
    expect(() => checkSeedCount(count)).toThrow(RangeError)
    expect(await sim.db().payments.count()).toBe(0)
  })
})
