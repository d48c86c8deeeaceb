// Whose each event is, in the answer of GET /v1/payments/{paymentId}/events. The API lists a
// refund's events (submitted, then success or error) in the same list as the payment's, with the
// same state names and nothing else to tell them apart. A payment's state does not change once it
// is finished, and only a finished, successful payment can be refunded, so every event after the
// first finished one belongs to a refund. The explorer says so beside the answer; the answer itself
// is left exactly as the API gives it.

export interface EventOwner {
  /** The event's position in `events`. */
  index: number
  status: string
  updated: string
  owner: 'payment' | 'refund'
}

interface EventLike {
  state: { status: string; finished: boolean }
  updated?: unknown
}

function isEvent(value: unknown): value is EventLike {
  if (typeof value !== 'object' || value === null) return false
  const { state } = value as { state?: unknown }
  if (typeof state !== 'object' || state === null) return false
  const { status, finished } = state as { status?: unknown; finished?: unknown }
  return typeof status === 'string' && typeof finished === 'boolean'
}

/** Each event with its owner; undefined when the body is not a list of events or has no refund's. */
export function eventOwners(body: unknown): EventOwner[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { events } = body as { events?: unknown }
  if (!Array.isArray(events) || events.length === 0 || !events.every(isEvent)) return undefined
  const finishedAt = events.findIndex((event) => event.state.finished)
  if (finishedAt < 0 || finishedAt === events.length - 1) return undefined
  return events.map((event, index) => ({
    index,
    status: event.state.status,
    updated: typeof event.updated === 'string' ? event.updated : '',
    owner: index > finishedAt ? 'refund' : 'payment',
  }))
}
