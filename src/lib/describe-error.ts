// A thrown value as a sentence a person can read on the page. The error's kind is kept when it
// says something ("SecurityError: …", "TypeError: …"); a plain Error gives just its message.
// DOMException is not always an Error subclass (jsdom), so anything with a message counts.
// Two failures get a sentence of their own: the browser's storage being full (which IndexedDB
// reports as QuotaExceededError, or as an aborted transaction whose cause it is) and the simulator
// having stopped because a newer version was opened in another tab.

export const STORAGE_FULL_MESSAGE =
  'This browser has run out of storage space for the playground, so the last change could not be saved. ' +
  'Everything saved before it is kept. Make room (Reset on the simulator tools page deletes the playground’s data, ' +
  'or clear other sites’ data in your browser’s settings) and try again.'

/** Errors whose message is already written for a person, so their kind is left out. */
const SELF_EXPLAINING = new Set(['SimulatorStoppedError'])

const nameOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? value.name : undefined

/** Whether the error is the browser refusing a write because storage is full. */
export function isStorageFull(error: unknown): boolean {
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined
  return nameOf(error) === 'QuotaExceededError' || nameOf(inner) === 'QuotaExceededError'
}

export function describeError(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    const name = nameOf(error) ?? ''
    if (error.message === '') return name || 'Unknown error'
    return name && name !== 'Error' && !SELF_EXPLAINING.has(name) ? `${name}: ${error.message}` : error.message
  }
  return String(error)
}
