// The "Search and events" lesson needs a search by reference that found a payment and a read of a
// payment's events; a reference that matches nothing gets a hint.
import { describe, expect, it } from 'vitest'
import { searchAndEventsLesson } from '../../../../../src/features/learn/lessons/search-and-events.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => searchAndEventsLesson.check(await currentFacts())
const partsDone = (result: Awaited<ReturnType<typeof check>>) => result.parts?.map((part) => part.done)

describe('the search-and-events lesson', () => {
  it('is done once a search by reference found a payment and its events were read', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'FIND-ME' })
    await api('GET', '/v1/payments?reference=find-me', { key })
    await api('GET', `/v1/payments/${id}/events`, { key })
    const result = await check()
    expect(result.done).toBe(true)
    expect(partsDone(result)).toEqual([true, true])
    expect(result.evidence).toContain('“find-me”')
  })

  it('is not done with a search alone', async () => {
    const key = await newKey()
    await apiPayment(key, { reference: 'FIND-ME' })
    await api('GET', '/v1/payments?reference=FIND-ME', { key })
    const result = await check()
    expect(result.done).toBe(false)
    expect(partsDone(result)).toEqual([true, false])
    expect(result.hint).toBeUndefined()
  })

  it('explains a reference that matches nothing, even with the events read', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'FIND-ME' })
    await api('GET', `/v1/payments/${id}/events`, { key })
    await api('GET', '/v1/payments?reference=FIND', { key })
    const result = await check()
    expect(result.done).toBe(false)
    expect(partsDone(result)).toEqual([false, true])
    expect(result.hint).toMatch(/^No payment has the reference “FIND”/)
  })

  it('does not count a search without a reference', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await api('GET', '/v1/payments', { key })
    await api('GET', `/v1/payments/${id}/events`, { key })
    expect(partsDone(await check())).toEqual([false, true])
  })
})
