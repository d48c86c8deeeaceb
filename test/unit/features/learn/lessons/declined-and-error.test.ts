// The "Declined and error" lesson needs one API payment declined (P0010) and one in error (P0050).
import { describe, expect, it } from 'vitest'
import { declinedAndErrorLesson } from '../../../../../src/features/learn/lessons/declined-and-error.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { authorise, DECLINED_CARD, ERROR_CARD, makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => declinedAndErrorLesson.check(await currentFacts())
const partsDone = (result: Awaited<ReturnType<typeof check>>) => result.parts?.map((part) => part.done)

describe('the declined-and-error lesson', () => {
  it('is done once one payment was declined and another ended in error', async () => {
    const key = await newKey()
    await authorise(await apiPayment(key, { reference: 'NO-1' }), { cardNumber: DECLINED_CARD })
    await authorise(await apiPayment(key, { reference: 'ERR-1' }), { cardNumber: ERROR_CARD })
    const result = await check()
    expect(result.done).toBe(true)
    expect(partsDone(result)).toEqual([true, true])
    expect(result.evidence).toBe('Payment NO-1 was declined and payment ERR-1 ended in error.')
  })

  it('ticks only the declined part after a declined card alone', async () => {
    await authorise(await apiPayment(await newKey()), { cardNumber: DECLINED_CARD })
    const result = await check()
    expect(result.done).toBe(false)
    expect(partsDone(result)).toEqual([true, false])
  })

  it('does not count failures of payments made without the API', async () => {
    await authorise((await makePayment()).id, { cardNumber: DECLINED_CARD })
    await authorise((await makePayment()).id, { cardNumber: ERROR_CARD })
    const result = await check()
    expect(result.done).toBe(false)
    expect(partsDone(result)).toEqual([false, false])
  })

  it('when the newest payment succeeded, names the card still needed', async () => {
    const key = await newKey()
    await authorise(await apiPayment(key), { cardNumber: DECLINED_CARD })
    await pay(await apiPayment(key, { reference: 'GOOD-1' }))
    expect((await check()).hint).toBe(`Payment GOOD-1 succeeded: this time pay with ${ERROR_CARD}.`)
  })
})
