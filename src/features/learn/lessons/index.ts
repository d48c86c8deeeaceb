// The lessons, in the order the real documentation takes a new team through GOV.UK Pay. A new
// lesson (webhooks, recurring payments) is one module beside these and one line here.
import { bridgeLesson } from './bridge.ts'
import { cancelLesson } from './cancel.ts'
import { checkStatusLesson } from './check-status.ts'
import { createApiKeyLesson } from './create-api-key.ts'
import { createPaymentLesson } from './create-payment.ts'
import { declinedAndErrorLesson } from './declined-and-error.ts'
import { delayedCaptureLesson } from './delayed-capture.ts'
import { expireLesson } from './expire.ts'
import type { Lesson } from './lesson.ts'
import { payLesson } from './pay.ts'
import { refundsLesson } from './refunds.ts'
import { searchAndEventsLesson } from './search-and-events.ts'

export const LESSONS: readonly Lesson[] = [
  createApiKeyLesson,
  createPaymentLesson,
  payLesson,
  checkStatusLesson,
  declinedAndErrorLesson,
  cancelLesson,
  expireLesson,
  refundsLesson,
  searchAndEventsLesson,
  delayedCaptureLesson,
  bridgeLesson,
]

export const findLesson = (id: string | undefined): Lesson | undefined => LESSONS.find((lesson) => lesson.id === id)

/** The lessons a service shows: a trainer's selection, in the lessons' own order, or every lesson. */
export function lessonsFor(selection: readonly string[] | null): Lesson[] {
  return selection === null ? [...LESSONS] : LESSONS.filter((lesson) => selection.includes(lesson.id))
}
