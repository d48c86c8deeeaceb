// The sample service's own records (a real service keeps them in its database): each journey to
// GOV.UK Pay under the service's random id, with the application and what the service did. Kept in
// this browser's localStorage, under the playground's prefix so a reset clears them.
import type { PayExchange } from './steps/pay-api.ts'

export interface Application {
  name: string
  licence: string
  /** pence */
  amount: number
  reference: string
}

export interface JourneyStep {
  kind: 'created' | 'checked'
  exchange: PayExchange
}

export interface Journey {
  id: string
  paymentId: string
  application: Application
  steps: JourneyStep[]
}

const STORAGE_KEY = 'pay-playground.sample-service.journeys'
const KEEP = 50

function readAll(): Journey[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(value) ? (value as Journey[]) : []
  } catch {
    return []
  }
}

export function saveJourney(journey: Journey): void {
  const others = readAll().filter((saved) => saved.id !== journey.id)
  localStorage.setItem(STORAGE_KEY, JSON.stringify([journey, ...others].slice(0, KEEP)))
}

export function findJourney(id: string): Journey | undefined {
  return readAll().find((journey) => journey.id === id)
}

/** Adds a step to a journey's record, replacing an earlier step of the same kind. */
export function recordStep(journey: Journey, step: JourneyStep): Journey {
  const updated = { ...journey, steps: [...journey.steps.filter((earlier) => earlier.kind !== step.kind), step] }
  saveJourney(updated)
  return updated
}
