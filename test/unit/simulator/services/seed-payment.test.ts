// One demo payment per scenario: where each story ends, and (for any seed) that the story is one
// the state machine allows, told in time order and over before "now".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { externalState } from '../../../../src/simulator/model/payment-status.ts'
import { canTransition } from '../../../../src/simulator/model/state-machine.ts'
import {
  buildSeededPayment,
  SEED_SCENARIOS,
  SEED_WINDOW_MS,
  seedCardsFor,
  type SeedContext,
  type SeedScenario,
} from '../../../../src/simulator/services/seed-payment.ts'
import { seededRandom } from '../../../../src/simulator/services/seeded-random.ts'
import { defaultSettings } from '../../../../src/simulator/services/service-accounts.ts'

const NOW = Date.UTC(2025, 5, 3, 14, 0)

function context(seed: number): SeedContext {
  return {
    serviceId: 'service-1',
    now: NOW,
    random: seededRandom(seed),
    collectBillingAddress: true,
    collectEmail: true,
    cards: seedCardsFor(defaultSettings()),
  }
}

const ENDS: Record<SeedScenario, string[]> = {
  created: ['created'],
  started: ['started'],
  submitted: ['submitted'],
  capturable: ['capturable'],
  success: ['success'],
  refunded: ['success'],
  'captured-later': ['success'],
  declined: ['failed P0010'],
  error: ['error P0050'],
  expired: ['failed P0020'],
  'user-cancelled': ['failed P0030'],
  'service-cancelled': ['cancelled P0040'],
}

describe('buildSeededPayment', () => {
  it.each(SEED_SCENARIOS)('tells the %s story to its end', (scenario) => {
    for (let seed = 0; seed < 20; seed++) {
      const { payment } = buildSeededPayment(scenario, context(seed))
      const state = externalState(payment.status)
      expect(ENDS[scenario]).toContain(state.code ? `${state.status} ${state.code}` : state.status)
    }
  })

  it('refunds part or all of a refunded payment', () => {
    const seeded = Array.from({ length: 30 }, (_, seed) => buildSeededPayment('refunded', context(seed)))
    expect(seeded.some(({ payment }) => payment.refundedAmount === payment.amount)).toBe(true)
    expect(seeded.some(({ payment }) => payment.refundedAmount > 0 && payment.refundedAmount < payment.amount)).toBe(true)
    expect(seeded.some(({ refunds }) => refunds.length === 2)).toBe(true)
  })

  it('makes delayed-capture payments wait for capture, and captures some of them later', () => {
    const capturable = buildSeededPayment('capturable', context(1))
    expect(capturable.payment).toMatchObject({ delayedCapture: true, status: 'AWAITING CAPTURE REQUEST' })
    const later = buildSeededPayment('captured-later', context(1))
    const statuses = later.payment.history.map((step) => step.status)
    expect(statuses).toContain('AWAITING CAPTURE REQUEST')
    expect(statuses.at(-1)).toBe('CAPTURED')
  })

  it('only uses accepted cards', () => {
    const cards = seedCardsFor({ acceptedCardTypes: [{ brand: 'master-card', type: 'DEBIT' }] })
    expect(cards.good.map(([card]) => card.brand)).toEqual(['Mastercard'])
    expect(cards.good.every(([card]) => card.type === 'debit')).toBe(true)
  })

  it('for any seed and scenario, follows the state machine in time order and ends before now', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEED_SCENARIOS), fc.integer(), (scenario, seed) => {
        const { payment, refunds } = buildSeededPayment(scenario, context(seed))
        const statuses = payment.history
        expect(statuses[0]).toEqual({ status: 'CREATED', at: payment.createdAt })
        for (let i = 1; i < statuses.length; i++) {
          expect(canTransition(statuses[i - 1]!.status, statuses[i]!.status)).toBe(true)
        }
        expect(statuses.at(-1)!.status).toBe(payment.status)
        // The payment's steps, then its refunds' (each submitted and succeeded at once), in time order.
        const times = [...statuses.map((step) => step.at), ...refunds.flatMap((refund) => refund.history.map((step) => step.at))]
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!)
        for (const refund of refunds) {
          expect(refund.history).toEqual([
            { status: 'submitted', at: refund.createdAt },
            { status: 'success', at: refund.createdAt },
          ])
        }
        expect(payment.createdAt).toBeGreaterThanOrEqual(NOW - SEED_WINDOW_MS)
        expect(payment.updatedAt).toBeLessThanOrEqual(NOW)
        if (payment.expiresAt !== undefined) expect(payment.expiresAt).toBeGreaterThan(NOW)
        expect(refunds.reduce((sum, refund) => sum + refund.amount, 0)).toBe(payment.refundedAmount)
        expect(payment.refundedAmount).toBeLessThanOrEqual(payment.amount)
      }),
      { numRuns: 300 },
    )
  })
})
