// The "Create an API key" lesson ticks once the service has a key made since the lessons started.
import { describe, expect, it } from 'vitest'
import { createApiKeyLesson } from '../../../../../src/features/learn/lessons/create-api-key.ts'
import { startLessonsAgain } from '../../../../../src/simulator/services/lesson-progress.ts'
import { currentFacts } from '../../../../support/learning.ts'
import { currentServiceId } from '../../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => createApiKeyLesson.check(await currentFacts())

describe('the create-an-API-key lesson', () => {
  it('is not done before a key exists', async () => {
    expect(await check()).toEqual({ done: false })
  })

  it('is done once a key is created, naming it', async () => {
    await newKey('My first key')
    const result = await check()
    expect(result.done).toBe(true)
    expect(result.evidence).toContain('My first key')
  })

  it('does not count a key made before the lessons were started again', async () => {
    await newKey('Old key')
    await startLessonsAgain(await currentServiceId())
    expect((await check()).done).toBe(false)
  })
})
