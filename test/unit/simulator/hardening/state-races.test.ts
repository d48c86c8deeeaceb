// State changes racing each other: a service cancelling while the paying user confirms, the user
// pressing "Cancel payment" in one tab and "Confirm payment" in another, a double click on
// "Confirm payment" or "Continue", a token opened twice at once. Exactly one wins, the loser gets
// the real error (WrongStateError on the hosted pages, 400 P0501 from the API), and the stored
// payment and its events agree with the winner.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { authorisePayment, cancelByUser, confirmPayment, exchangeToken, WrongStateError } from '../../../../src/simulator/services/hosted-session.ts'
import { cancelPayment, getPayment } from '../../../../src/simulator/services/payments.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { card, paymentIn, VISA_4242 } from '../../../support/payment-fixtures.ts'
import { currentServiceId } from '../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

let races = 0
afterAll(() => {
  console.info(`[hardening] state races: ${races} races`)
})

async function statusesRecorded(paymentId: string): Promise<string[]> {
  const payment = await database().payments.get(paymentId)
  return payment!.history.map((entry) => entry.status)
}

const count = (list: string[], item: string) => list.filter((entry) => entry === item).length

/** Starts the two operations in the chosen order, a few microtasks apart, and waits for both. */
async function race<A, B>(first: () => Promise<A>, second: () => Promise<B>, swap: boolean, gap: number) {
  const start = async <T,>(operation: () => Promise<T>, delay: number) => {
    for (let i = 0; i < delay; i++) await Promise.resolve()
    return operation()
  }
  const [a, b] = await Promise.allSettled([start(first, swap ? gap : 0), start(second, swap ? 0 : gap)])
  return [a, b] as const
}

describe('the service cancels while the paying user confirms', () => {
  it('exactly one wins, the other gets its real error, and the stored payment agrees', async () => {
    const serviceId = await currentServiceId()
    const winners = new Set<string>()
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat({ max: 6 }), async (swap, gap) => {
        races++
        const payment = await paymentIn('submitted')
        const [cancelled, confirmed] = await race(() => cancelPayment(serviceId, payment.id), () => confirmPayment(payment.id), swap, gap)
        expect(cancelled.status).toBe('fulfilled')
        const cancelResult = (cancelled as PromiseFulfilledResult<string>).value
        winners.add(cancelResult === 'cancelled' ? 'cancel' : 'confirm')
        const stored = (await database().payments.get(payment.id))!
        const statuses = await statusesRecorded(payment.id)
        if (cancelResult === 'cancelled') {
          expect(confirmed.status).toBe('rejected')
          expect((confirmed as PromiseRejectedResult).reason).toBeInstanceOf(WrongStateError)
          expect(stored.state).toBe('cancelled')
          expect(statuses).not.toContain('CAPTURED')
        } else {
          expect(cancelResult).toBe('not-cancellable')
          expect(confirmed.status).toBe('fulfilled')
          expect(stored.state).toBe('success')
          expect(count(statuses, 'CAPTURED')).toBe(1)
          expect(statuses.some((status) => status.startsWith('SYSTEM CANCEL'))).toBe(false)
        }
      }),
      { numRuns: 24, seed: 3 },
    )
    expect([...winners].sort()).toEqual(['cancel', 'confirm']) // both orders really happened
  }, 60_000)

  it('through the API, the loser of a cancel gets 400 P0501 and the payment stays successful', async () => {
    races++
    const key = await newKey()
    const payment = await paymentIn('submitted')
    const [response] = await Promise.all([
      new Promise<Awaited<ReturnType<typeof api>>>((resolve) => setTimeout(() => resolve(api('POST', `/v1/payments/${payment.id}/cancel`, { key })), 0)),
      confirmPayment(payment.id),
    ])
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P0501', description: 'Cancellation of payment failed' })
    expect((await database().payments.get(payment.id))!.state).toBe('success')
  })
})

describe('the paying user cancels in one tab and confirms in another', () => {
  it('exactly one wins and the other is told the payment has moved on', async () => {
    const winners = new Set<string>()
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat({ max: 6 }), async (swap, gap) => {
        races++
        const payment = await paymentIn('submitted')
        const [cancelled, confirmed] = await race(() => cancelByUser(payment.id), () => confirmPayment(payment.id), swap, gap)
        expect([cancelled.status, confirmed.status].sort()).toEqual(['fulfilled', 'rejected'])
        winners.add(cancelled.status === 'fulfilled' ? 'cancel' : 'confirm')
        const loser = cancelled.status === 'rejected' ? cancelled : (confirmed as PromiseRejectedResult)
        expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(WrongStateError)
        const stored = (await database().payments.get(payment.id))!
        expect(stored.state).toBe(cancelled.status === 'fulfilled' ? 'failed' : 'success')
      }),
      { numRuns: 16, seed: 4 },
    )
    expect([...winners].sort()).toEqual(['cancel', 'confirm'])
  }, 60_000)
})

describe('a double click', () => {
  it('on "Confirm payment" captures once: one confirm succeeds, the other gets WrongStateError', async () => {
    for (const clicks of [2, 5]) {
      races++
      const payment = await paymentIn('submitted')
      const outcomes = await Promise.allSettled(Array.from({ length: clicks }, () => confirmPayment(payment.id)))
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1)
      for (const outcome of outcomes.filter((o) => o.status === 'rejected')) {
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(WrongStateError)
      }
      const statuses = await statusesRecorded(payment.id)
      expect(count(statuses, 'CAPTURE APPROVED')).toBe(1)
      expect(count(statuses, 'CAPTURED')).toBe(1)
    }
  })

  it('on "Continue" authorises the card once', async () => {
    races++
    const payment = await paymentIn('started')
    const outcomes = await Promise.allSettled([authorisePayment(payment.id, card(VISA_4242)), authorisePayment(payment.id, card(VISA_4242))])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(WrongStateError)
    expect(count(await statusesRecorded(payment.id), 'AUTHORISATION SUCCESS')).toBe(1)
  })
})

describe('a next_url opened in two tabs at the same moment', () => {
  it('is fresh for exactly one of them: the token is used once', async () => {
    const serviceId = await currentServiceId()
    for (let i = 0; i < 5; i++) {
      races++
      const created = await paymentIn('created')
      const { token } = (await getPayment(serviceId, created.id))!
      const outcomes = await Promise.all([exchangeToken(token!), exchangeToken(token!), exchangeToken(token!)])
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['fresh', 'used', 'used'])
    }
  })
})
