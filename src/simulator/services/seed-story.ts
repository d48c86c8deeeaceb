// Telling a demo payment's story step by step, as the real operations would have: each status
// change checked against the state machine and recorded in the payment's history, on a clock that
// only moves forward. Only what the hosted pages keep of a card is recorded. Pure: no database.
import { newId } from '../model/ids.ts'
import type { InternalStatus } from '../model/payment-status.ts'
import { cancellationPath } from '../model/state-machine.ts'
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import { toIsoDate } from './clock.ts'
import { applyStatuses } from './payment-lifecycle.ts'
import type { SeedCards } from './seed-cards.ts'
import { pickWeighted, randomInt, type RandomSource } from './seeded-random.ts'
import * as words from './seed-vocabulary.ts'

export interface SeedContext {
  serviceId: string
  /** simulated now, in ms */
  now: number
  random: RandomSource
  /** what the service's card page collects, and the cards it accepts (from seedCardsFor) */
  collectBillingAddress: boolean
  collectEmail: boolean
  cards: SeedCards
}

export const SECOND = 1_000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const SEED_WINDOW_MS = 90 * DAY

/**
 * A payment being written: the record (its history so far inside it), its refunds, and a clock
 * that only moves forward.
 */
export class Story {
  readonly refunds: RefundRecord[] = []
  at: number
  /** whether the user has opened the hosted payment page (used the token) */
  opened = false

  constructor(
    readonly payment: PaymentRecord,
    private readonly random: RandomSource,
  ) {
    this.at = payment.createdAt
  }

  /** Moves the clock on by a random time between `min` and `max` ms. */
  wait(min: number, max: number): this {
    this.at += randomInt(this.random, min, max)
    return this
  }

  /** The same checks and bookkeeping as payment-lifecycle's `advance`, on the payment in memory. */
  move(...statuses: InternalStatus[]): this {
    applyStatuses(this.payment, statuses, this.at)
    return this
  }

  cancel(kind: 'system' | 'user' | 'expire'): this {
    return this.move(...cancellationPath(this.payment.status, kind))
  }
}

/** The user opens next_url and the card details page is shown. */
export function openCardPage(story: Story): void {
  story.opened = true
  story.wait(5 * SECOND, 90 * SECOND).move('ENTERING CARD DETAILS')
}

/** The user submits a card; the sandbox authorises, declines or fails it by its number. */
export function submitCard(story: Story, context: SeedContext, table: 'good' | 'declined' | 'error'): void {
  const { random } = context
  const card = pickWeighted(random, context.cards[table])
  const payer = words.person(random)
  const payment = story.payment
  story.wait(40 * SECOND, 5 * MINUTE)
  const year = new Date(story.at).getUTCFullYear() + randomInt(random, 1, 5)
  payment.cardDetails = {
    lastDigits: card.last,
    firstDigits: card.first,
    cardholderName: random() < 0.1 ? payer.name.toUpperCase() : payer.name,
    expiryDate: `${String(randomInt(random, 1, 12)).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`,
    billingAddress: context.collectBillingAddress ? words.address(random) : null,
    brandLabel: card.brand,
    cardType: card.type,
  }
  payment.lastDigits = card.last
  payment.firstDigits = card.first
  if (context.collectEmail) payment.email = payment.email ?? payer.email
  const result: InternalStatus =
    table === 'good' ? 'AUTHORISATION SUCCESS' : table === 'declined' ? 'AUTHORISATION REJECTED' : 'AUTHORISATION ERROR'
  if (table === 'good') payment.providerId = crypto.randomUUID()
  story.move('AUTHORISATION READY', result)
}

export function capture(story: Story): void {
  story.move('CAPTURE APPROVED', 'CAPTURE READY', 'CAPTURED')
  story.payment.captureSubmitTime = story.at
  story.payment.capturedDate = toIsoDate(story.at)
}

/** Up to two refunds after the capture, none later than now, keeping refundedAmount in step. */
export function refund(story: Story, context: SeedContext): void {
  const { random } = context
  const payment = story.payment
  const latest = context.now - MINUTE
  let count = random() < 0.25 ? 2 : 1
  while (count-- > 0) {
    const left = payment.amount - payment.refundedAmount
    const earliest = story.at + HOUR
    if (left < 1 || earliest > latest) return
    story.at = randomInt(random, earliest, Math.min(latest, earliest + 20 * DAY))
    const full = count === 0 && random() < 0.4
    const amount = full || left === 1 ? left : randomInt(random, 1, left - 1)
    story.refunds.push({
      id: newId(),
      paymentId: payment.id,
      serviceId: payment.serviceId,
      amount,
      status: 'success',
      createdAt: story.at,
      history: [
        { status: 'submitted', at: story.at },
        { status: 'success', at: story.at },
      ],
    })
    payment.refundedAmount += amount
    payment.updatedAt = story.at
  }
}

/** The expiry sweep finds the payment a little after it fell due (it runs every 30 seconds). */
export function expire(story: Story, dueAt: number, random: RandomSource): void {
  story.at = Math.max(story.at, dueAt + randomInt(random, 0, 30 * SECOND))
  story.cancel('expire')
}
