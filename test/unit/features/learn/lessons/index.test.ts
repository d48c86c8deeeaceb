// The lessons a service shows: every lesson in the documentation's order, or a trainer's choice
// kept in that same order.
import { describe, expect, it } from 'vitest'
import { findLesson, LESSONS, lessonsFor } from '../../../../../src/features/learn/lessons/index.ts'

describe('the list of lessons', () => {
  it('starts with a key, then a payment, then paying for it', () => {
    expect(LESSONS.slice(0, 3).map((lesson) => lesson.id)).toEqual(['create-api-key', 'create-payment', 'pay'])
  })

  it('gives every lesson a different id', () => {
    expect(new Set(LESSONS.map((lesson) => lesson.id)).size).toBe(LESSONS.length)
  })

  it('shows every lesson when no trainer chose', () => {
    expect(lessonsFor(null)).toEqual([...LESSONS])
  })

  it('shows a trainer’s choice in the lessons’ own order, ignoring unknown ids', () => {
    expect(lessonsFor(['refunds', 'no-such-lesson', 'pay']).map((lesson) => lesson.id)).toEqual(['pay', 'refunds'])
    expect(lessonsFor([])).toEqual([])
  })

  it('finds a lesson by its id', () => {
    expect(findLesson('cancel')?.title).toBe('Cancel a payment')
    expect(findLesson('nope')).toBeUndefined()
    expect(findLesson(undefined)).toBeUndefined()
  })
})
