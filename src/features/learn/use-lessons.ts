// The current service's lessons, each with its check run on what the simulator recorded. The facts
// are read again whenever storage changes, the request history included (the query sits under the
// history's key, which every answered request refreshes). A lesson whose check passes is recorded
// as done, so its tick stays after the history has moved on.
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { queryKeys } from '../../lib/query-keys.ts'
import { readLearningFacts, type LearningFacts } from '../../simulator/services/learning-facts.ts'
import { markLessonsCompleted } from '../../simulator/services/lesson-progress.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'
import { lessonsFor } from './lessons/index.ts'
import type { Lesson, LessonCheck } from './lessons/lesson.ts'

export type LessonStatus = 'completed' | 'in-progress' | 'not-started'

export interface LessonState {
  lesson: Lesson
  check: LessonCheck
  status: LessonStatus
  /** the real time it was first seen done */
  completedAt?: number
}

export interface LessonsView {
  facts: LearningFacts
  lessons: LessonState[]
}

const learnKey = (serviceId: string) => [...queryKeys.requestHistory, 'learn', serviceId] as const

function evaluate(facts: LearningFacts): LessonsView {
  const lessons = lessonsFor(facts.progress.selection).map((lesson): LessonState => {
    const check = lesson.check(facts)
    const completedAt = facts.progress.completed[lesson.id]
    const started = check.hint !== undefined || (check.parts ?? []).some((part) => part.done)
    const status: LessonStatus = completedAt !== undefined || check.done ? 'completed' : started ? 'in-progress' : 'not-started'
    return { lesson, check, status, ...(completedAt === undefined ? {} : { completedAt }) }
  })
  return { facts, lessons }
}

async function readLessons(): Promise<LessonsView> {
  const service = await ensureCurrentService()
  const facts = await readLearningFacts(service.id)
  if (!facts) throw new Error(`The service ${service.name} no longer exists`)
  return evaluate(facts)
}

export function useLessons() {
  const query = useQuery({ queryKey: [...learnKey('current')], queryFn: readLessons })
  const view = query.data
  useEffect(() => {
    if (!view) return
    const newlyDone = view.lessons.filter((state) => state.check.done && state.completedAt === undefined).map((state) => state.lesson.id)
    if (newlyDone.length > 0) void markLessonsCompleted(view.facts.service.id, newlyDone)
  }, [view])
  return query
}
