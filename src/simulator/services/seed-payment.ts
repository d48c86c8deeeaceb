// Builds one demo payment, with its history, refunds and hosted-page token, exactly as the real
// operations would have left it: which story it tells (paid, refunded, declined, expired...), when
// it was created so that the story is over by now, and the token createPayment issued. Pure:
// nothing here touches the database.
import { newId, newToken } from '../model/ids.ts'
import type { PaymentRecord, RefundRecord, TokenRecord } from '../model/types.ts'
import { TOKEN_LIFETIME_MS } from './hosted-session.ts'
import { CAPTURABLE_EXPIRY_MS, expiryFor, UNFINISHED_EXPIRY_MS } from './payment-lifecycle.ts'
import {
  capture,
  DAY,
  expire,
  HOUR,
  MINUTE,
  openCardPage,
  refund,
  SECOND,
  SEED_WINDOW_MS,
  type SeedContext,
  Story,
  submitCard,
} from './seed-story.ts'
import { pick, randomInt } from './seeded-random.ts'
import * as words from './seed-vocabulary.ts'

export { seedCardsFor, type SeedCards } from './seed-cards.ts'
export { SEED_WINDOW_MS, type SeedContext } from './seed-story.ts'

/** The stories a demo payment can tell; together they reach every external state. */
export const SEED_SCENARIOS = [
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'refunded',
  'captured-later',
  'declined',
  'error',
  'expired',
  'user-cancelled',
  'service-cancelled',
] as const
export type SeedScenario = (typeof SEED_SCENARIOS)[number]

/** How often each story happens, roughly as on a busy live service. */
export const SCENARIO_WEIGHTS: ReadonlyArray<readonly [SeedScenario, number]> = [
  ['success', 58],
  ['refunded', 7],
  ['captured-later', 3],
  ['declined', 8],
  ['error', 1.5],
  ['expired', 10],
  ['user-cancelled', 6],
  ['service-cancelled', 3],
  ['created', 1.2],
  ['started', 0.8],
  ['submitted', 0.5],
  ['capturable', 1],
]

export interface SeededPayment {
  /** the payment, its status history inside it */
  payment: PaymentRecord
  refunds: RefundRecord[]
  token?: TokenRecord
}

function newPayment(context: SeedContext, createdAt: number, delayedCapture: boolean): PaymentRecord {
  const { random } = context
  const kind = pick(random, words.PAYMENT_KINDS)
  const reference = words.reference(random, kind)
  const payment: PaymentRecord = {
    id: newId(),
    serviceId: context.serviceId,
    amount: words.amount(random, kind),
    description: kind.description,
    reference,
    referenceKey: reference.toLowerCase(),
    language: random() < 0.05 ? 'cy' : 'en',
    returnUrl: `https://${pick(random, words.SERVICE_HOSTS)}/${kind.returnPath}`,
    delayedCapture,
    moto: false,
    status: 'CREATED',
    state: 'created',
    createdAt,
    updatedAt: createdAt,
    refundedAmount: 0,
    history: [{ status: 'CREATED', at: createdAt }],
  }
  if (random() < 0.15) {
    payment.metadata = { ledger_code: `${kind.referencePrefix}${randomInt(random, 100, 999)}`, fund_code: randomInt(random, 1000, 9999) }
  }
  const expiresAt = expiryFor(payment, 'CREATED')
  if (expiresAt !== undefined) payment.expiresAt = expiresAt
  return payment
}

/** When a scenario's payment can have been created, so that its whole story is over by now. */
function createdWindow(scenario: SeedScenario, now: number, delayed: boolean): [number, number] {
  switch (scenario) {
    case 'created':
      return [now - 85 * MINUTE, now - MINUTE]
    case 'started':
      return [now - 85 * MINUTE, now - 5 * MINUTE]
    case 'submitted':
      return [now - 80 * MINUTE, now - 15 * MINUTE]
    case 'capturable':
      return [now - CAPTURABLE_EXPIRY_MS + 6 * HOUR, now - 30 * MINUTE]
    case 'expired':
      return [now - SEED_WINDOW_MS, now - (delayed ? CAPTURABLE_EXPIRY_MS : UNFINISHED_EXPIRY_MS) - 5 * MINUTE]
    case 'captured-later':
      return [now - SEED_WINDOW_MS, now - 3 * DAY]
    default:
      return [now - SEED_WINDOW_MS, now - 3 * HOUR]
  }
}

/** Office hours are busier: a created time is nudged towards the day more often than not. */
function createdAt(scenario: SeedScenario, context: SeedContext, delayed: boolean): number {
  const [from, to] = createdWindow(scenario, context.now, delayed)
  const at = randomInt(context.random, from, to)
  const hour = new Date(at).getUTCHours()
  if ((hour < 7 || hour > 21) && context.random() < 0.7) {
    const moved = at + (hour < 7 ? 9 : -9) * HOUR
    if (moved >= from && moved <= to) return moved
  }
  return at
}

export function buildSeededPayment(scenario: SeedScenario, context: SeedContext): SeededPayment {
  const { random } = context
  const delayed = scenario === 'capturable' || scenario === 'captured-later' || (scenario === 'expired' && random() < 0.1)
  const payment = newPayment(context, createdAt(scenario, context, delayed), delayed)
  const story = new Story(payment, random)
  if (scenario === 'created' && random() < 0.3) payment.email = words.person(random).email

  switch (scenario) {
    case 'created':
      break
    case 'started':
      openCardPage(story)
      break
    case 'submitted':
      openCardPage(story)
      submitCard(story, context, 'good')
      break
    case 'capturable':
    case 'success':
    case 'refunded':
    case 'captured-later':
      openCardPage(story)
      submitCard(story, context, 'good')
      story.wait(10 * SECOND, 2 * MINUTE)
      if (delayed) story.move('AWAITING CAPTURE REQUEST')
      if (scenario === 'captured-later') story.wait(10 * MINUTE, 2 * DAY)
      if (scenario !== 'capturable') capture(story)
      if (scenario === 'refunded') refund(story, context)
      break
    case 'declined':
    case 'error':
      openCardPage(story)
      submitCard(story, context, scenario === 'declined' ? 'declined' : 'error')
      break
    case 'expired':
      expireSomewhere(story, context, delayed)
      break
    case 'user-cancelled':
      openCardPage(story)
      if (random() < 0.5) submitCard(story, context, 'good')
      story.wait(10 * SECOND, 3 * MINUTE).cancel('user')
      break
    case 'service-cancelled':
      // Mostly a payment nobody started; sometimes one authorised and then cancelled by the service.
      if (random() < 0.3) {
        openCardPage(story)
        submitCard(story, context, 'good')
      }
      story.wait(MINUTE, 60 * MINUTE).cancel('system')
      break
  }
  const seeded: SeededPayment = { payment, refunds: story.refunds }
  const token = tokenFor(story, context.now)
  if (token) seeded.token = token
  return seeded
}

/** An unfinished payment left until the sweep expired it, at whichever step the user stopped. */
function expireSomewhere(story: Story, context: SeedContext, delayed: boolean): void {
  const { random } = context
  const payment = story.payment
  if (delayed) {
    openCardPage(story)
    submitCard(story, context, 'good')
    story.wait(10 * SECOND, 2 * MINUTE).move('AWAITING CAPTURE REQUEST')
    expire(story, payment.createdAt + CAPTURABLE_EXPIRY_MS, random)
    return
  }
  const stoppedAt = random()
  if (stoppedAt > 0.4) openCardPage(story)
  if (stoppedAt > 0.85) submitCard(story, context, 'good')
  expire(story, payment.createdAt + UNFINISHED_EXPIRY_MS, random)
}

/**
 * The one-time token createPayment issued. The real service deletes tokens after 7 days, so only
 * recent payments still have one; it is used once the user has opened the payment page.
 */
function tokenFor(story: Story, now: number): TokenRecord | undefined {
  const payment = story.payment
  if (now - payment.createdAt > TOKEN_LIFETIME_MS) return undefined
  return { token: newToken(), paymentId: payment.id, createdAt: payment.createdAt, used: story.opened }
}
