// A service's lesson progress is its own, is read back as it was written, is cleared (but for the
// trainer's choice of lessons) by "start again", and goes when the service is reset.
import { describe, expect, it } from 'vitest'
import { advanceClock, now } from '../../../../src/simulator/services/clock.ts'
import {
  getLessonProgress,
  LESSONS_META,
  markLessonsCompleted,
  setLessonSelection,
  startLessonsAgain,
} from '../../../../src/simulator/services/lesson-progress.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { createService, ensureCurrentService } from '../../../../src/simulator/services/service-accounts.ts'
import { resetService, serviceMetaKey } from '../../../../src/simulator/services/service-data.ts'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('lesson progress', () => {
  it('starts with nothing ticked, counting from the start, with every lesson shown', async () => {
    const service = await ensureCurrentService()
    expect(await getLessonProgress(service.id)).toEqual({ since: { simulated: 0, real: 0 }, completed: {}, selection: null })
  })

  it('keeps ticked lessons per service, and reads them back unchanged', async () => {
    const first = await ensureCurrentService()
    const second = await createService('Trainee 2')
    await markLessonsCompleted(first.id, ['create-api-key', 'create-payment'], 1_000)

    expect((await getLessonProgress(first.id)).completed).toEqual({ 'create-api-key': 1_000, 'create-payment': 1_000 })
    expect((await getLessonProgress(first.id)).completed).toEqual({ 'create-api-key': 1_000, 'create-payment': 1_000 })
    expect((await getLessonProgress(second.id)).completed).toEqual({})
  })

  it('keeps the time a lesson was first ticked when it is ticked again', async () => {
    const service = await ensureCurrentService()
    await markLessonsCompleted(service.id, ['pay'], 1_000)
    const progress = await markLessonsCompleted(service.id, ['pay', 'refunds'], 5_000)
    expect(progress.completed).toEqual({ pay: 1_000, refunds: 5_000 })
    expect((await getLessonProgress(service.id)).completed).toEqual({ pay: 1_000, refunds: 5_000 })
  })

  it('starts again with no ticks, counting from now, and keeps the trainer’s selection', async () => {
    const service = await ensureCurrentService()
    await setLessonSelection(service.id, ['pay', 'refunds'])
    await markLessonsCompleted(service.id, ['pay'])
    await advanceClock({ hours: 2 })
    const before = Date.now()

    await startLessonsAgain(service.id)

    const progress = await getLessonProgress(service.id)
    expect(progress.completed).toEqual({})
    expect(progress.selection).toEqual(['pay', 'refunds'])
    expect(progress.since.real).toBeGreaterThanOrEqual(before)
    expect(progress.since.real).toBeLessThanOrEqual(Date.now())
    // simulator time, which is two hours ahead of real time
    expect(progress.since.simulated).toBeGreaterThanOrEqual(before + 2 * 60 * 60 * 1000 - 1_000)
    expect(progress.since.simulated).toBeLessThanOrEqual(await now())
  })

  it('starting again on one service leaves another’s ticks alone', async () => {
    const first = await ensureCurrentService()
    const second = await createService('Trainee 2')
    await markLessonsCompleted(first.id, ['pay'], 1_000)
    await markLessonsCompleted(second.id, ['pay'], 2_000)
    await startLessonsAgain(first.id)
    expect((await getLessonProgress(second.id)).completed).toEqual({ pay: 2_000 })
  })

  it('stores the lessons a trainer chose, in order, and can go back to every lesson', async () => {
    const service = await ensureCurrentService()
    const chosen = ['refunds', 'pay']
    await setLessonSelection(service.id, chosen)
    chosen.push('bridge') // the stored choice is a copy
    expect((await getLessonProgress(service.id)).selection).toEqual(['refunds', 'pay'])

    await markLessonsCompleted(service.id, ['pay'], 3_000)
    expect(await getLessonProgress(service.id)).toMatchObject({ selection: ['refunds', 'pay'], completed: { pay: 3_000 } })

    await setLessonSelection(service.id, null)
    expect(await getLessonProgress(service.id)).toMatchObject({ selection: null, completed: { pay: 3_000 } })
  })

  it('a trainer’s choice for one service does not change another’s', async () => {
    const first = await ensureCurrentService()
    const second = await createService('Trainee 2')
    await setLessonSelection(first.id, ['pay'])
    expect((await getLessonProgress(second.id)).selection).toBeNull()
  })

  it('is stored in the meta table under learn:<service id>', async () => {
    const service = await ensureCurrentService()
    await markLessonsCompleted(service.id, ['pay'], 1_000)
    const stored = await database().meta.get(serviceMetaKey(LESSONS_META, service.id))
    expect(stored?.value).toMatchObject({ completed: { pay: 1_000 } })
  })

  it('reads unreadable stored progress as not started', async () => {
    const service = await ensureCurrentService()
    const key = serviceMetaKey(LESSONS_META, service.id)
    await database().meta.put({ key, value: 'garbage' })
    expect(await getLessonProgress(service.id)).toEqual({ since: { simulated: 0, real: 0 }, completed: {}, selection: null })

    await database().meta.put({ key, value: { since: { simulated: 'x' }, completed: { pay: 'yesterday', refunds: 7 }, selection: ['pay', 3] } })
    expect(await getLessonProgress(service.id)).toEqual({ since: { simulated: 0, real: 0 }, completed: { refunds: 7 }, selection: ['pay'] })
  })

  it('goes when the service is reset', async () => {
    const service = await ensureCurrentService()
    await setLessonSelection(service.id, ['pay'])
    await markLessonsCompleted(service.id, ['pay'], 1_000)
    await resetService(service.id)
    expect(await getLessonProgress(service.id)).toEqual({ since: { simulated: 0, real: 0 }, completed: {}, selection: null })
  })
})
