// A lesson: what to do and why, where to do it, and a check that reads only what the simulator
// recorded (learning-facts.ts). Each lesson is one small module in this folder; index.ts lists them
// in the order of the real documentation. Adding one is a module and a line there.
import type { LearningFacts } from '../../../simulator/services/learning-facts.ts'

export interface LessonLink {
  text: string
  /** a route of the playground (`/explorer/create-payment?…`) */
  to: string
}

/** One of the things a lesson asks for, when it asks for more than one. */
export interface LessonPart {
  label: string
  done: boolean
}

export interface LessonCheck {
  done: boolean
  /** what the simulator recorded that proves it, once done ("Payment FISH-1 reached success") */
  evidence?: string
  /** what went wrong in the latest attempt, and what to do instead */
  hint?: string
  parts?: LessonPart[]
}

export interface Lesson {
  /** stable: progress is stored by it */
  id: string
  title: string
  /** what to do, and why, in a sentence or two */
  summary: string
  /** the steps, each a sentence */
  steps: readonly string[]
  /** where to do it, filled in from what the trainee has done so far */
  links: (facts: LearningFacts) => LessonLink[]
  check: (facts: LearningFacts) => LessonCheck
}
