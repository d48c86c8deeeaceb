// The "Expire" lesson ticks once one of the service's API payments expired (P0020), and says when
// the clock moved with nothing left to expire.
import { describe, expect, it } from 'vitest'
import { expireLesson } from '../../../../../src/features/learn/lessons/expire.ts'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { sweepExpired } from '../../../../../src/simulator/services/expiry.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { pay } from '../../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => expireLesson.check(await currentFacts())

describe('the expire lesson', () => {
  it('is done once an unpaid payment expired when the clock moved on', async () => {
    await apiPayment(await newKey(), { reference: 'EXPIRE-1' })
    await advanceClock({ minutes: 91 })
    await sweepExpired()
    expect(await check()).toEqual({ done: true, evidence: 'Payment EXPIRE-1 expired (failed, P0020).' })
  })

  it('is not done before 90 minutes have passed', async () => {
    await apiPayment(await newKey())
    await advanceClock({ minutes: 60 })
    await sweepExpired()
    expect(await check()).toEqual({ done: false })
  })

  it('when the clock moved but every payment had finished, says only an unfinished one expires', async () => {
    await pay(await apiPayment(await newKey()))
    await advanceClock({ minutes: 91 })
    await sweepExpired()
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/only an unfinished payment expires/)
  })
})
