import { describe, expect, it } from 'vitest'
import type { PaymentRecord } from '../../../../src/simulator/model/types.ts'
import { InvalidTransitionError } from '../../../../src/simulator/model/state-machine.ts'
import { Story } from '../../../../src/simulator/services/seed-story.ts'
import { seededRandom } from '../../../../src/simulator/services/seeded-random.ts'

const payment = (): PaymentRecord => ({
  id: 'p1', serviceId: 's1', amount: 1000, description: 'd', reference: 'R', referenceKey: 'r', language: 'en',
  returnUrl: 'https://x.gov.uk', delayedCapture: false, moto: false, status: 'CREATED', state: 'created',
  createdAt: 1_000, updatedAt: 1_000, expiresAt: 1_000 + 90 * 60_000, refundedAmount: 0,
  history: [{ status: 'CREATED', at: 1_000 }],
})

describe('Story', () => {
  it('records each step in the history at the story’s time and keeps state and expiry in step', () => {
    const story = new Story(payment(), seededRandom(1))
    story.wait(5_000, 5_000).move('ENTERING CARD DETAILS')
    story.wait(1_000, 1_000).cancel('user')
    expect(story.payment.history).toEqual([
      { status: 'CREATED', at: 1_000 },
      { status: 'ENTERING CARD DETAILS', at: 6_000 },
      { status: 'USER CANCELLED', at: 7_000 },
    ])
    expect(story.payment).toMatchObject({ status: 'USER CANCELLED', state: 'failed', updatedAt: 7_000 })
    expect(story.payment.expiresAt).toBeUndefined()
  })

  it('refuses a step the state machine does not allow, recording nothing', () => {
    const story = new Story(payment(), seededRandom(1))
    expect(() => story.move('CAPTURED')).toThrow(InvalidTransitionError)
    expect(() => story.move('ENTERING CARD DETAILS', 'CAPTURED')).toThrow(InvalidTransitionError)
    expect(story.payment.history).toHaveLength(1)
    expect(story.payment.status).toBe('CREATED')
  })
})
