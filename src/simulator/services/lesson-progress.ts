// Where a service's trainee is in the lessons, kept in the `meta` table under `learn:<serviceId>`
// (so it is per service, survives reloads, goes with an export and goes when the service is reset
// or deleted): when the lessons started counting, which were ticked and when, and which lessons a
// trainer chose for the service. Only a lesson's check, reading stored state, marks it done.
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'
import { serviceMetaKey } from './service-data.ts'

export const LESSONS_META = 'learn'

export interface LessonProgress {
  /** lessons count only what happened from here: simulator time (records) and real time (request history) */
  since: { simulated: number; real: number }
  /** the lessons ticked, each with the real time it was first seen done */
  completed: Record<string, number>
  /** the lessons a trainer chose for this service, in order; null for every lesson */
  selection: string[] | null
}

const FROM_THE_START: LessonProgress = { since: { simulated: 0, real: 0 }, completed: {}, selection: null }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads stored progress defensively: anything unreadable counts as not started. */
function fromStored(value: unknown): LessonProgress {
  if (!isRecord(value)) return structuredClone(FROM_THE_START)
  const since = isRecord(value.since) ? value.since : {}
  const completed = isRecord(value.completed) ? value.completed : {}
  const selection = Array.isArray(value.selection) ? value.selection.filter((id): id is string => typeof id === 'string') : null
  return {
    since: { simulated: Number(since.simulated) || 0, real: Number(since.real) || 0 },
    completed: Object.fromEntries(Object.entries(completed).filter((entry): entry is [string, number] => typeof entry[1] === 'number')),
    selection,
  }
}

const key = (serviceId: string) => serviceMetaKey(LESSONS_META, serviceId)

export async function getLessonProgress(serviceId: string): Promise<LessonProgress> {
  return fromStored((await database().meta.get(key(serviceId)))?.value)
}

async function change(serviceId: string, update: (progress: LessonProgress) => Promise<LessonProgress> | LessonProgress): Promise<LessonProgress> {
  return inTransaction(async () => {
    const updated = await update(await getLessonProgress(serviceId))
    await database().meta.put({ key: key(serviceId), value: updated })
    return updated
  })
}

/** Records lessons whose checks passed; a lesson already ticked keeps its first time. */
export function markLessonsCompleted(serviceId: string, lessonIds: readonly string[], at = Date.now()): Promise<LessonProgress> {
  return change(serviceId, (progress) => {
    for (const id of lessonIds) progress.completed[id] ??= at
    return progress
  })
}

/** Clears the ticks: from now on, only what the trainee does next counts. The trainer's selection stays. */
export function startLessonsAgain(serviceId: string): Promise<LessonProgress> {
  return change(serviceId, async (progress) => ({
    since: { simulated: await now(), real: Date.now() },
    completed: {},
    selection: progress.selection,
  }))
}

/** The lessons the service shows, in order; null for every lesson. */
export function setLessonSelection(serviceId: string, selection: readonly string[] | null): Promise<LessonProgress> {
  return change(serviceId, (progress) => ({ ...progress, selection: selection === null ? null : [...selection] }))
}
