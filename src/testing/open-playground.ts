// The simulator keeps one runtime per process (its database and settings: services/runtime.ts),
// so one playground at a time may be open in a process. Each vitest test file runs in its own
// module graph, so one playground per test file is always possible.
const CLOSED_MESSAGE = 'This PayPlayground has been closed: create a new one with createPayPlayground()'

export const ANOTHER_OPEN_MESSAGE =
  'Another PayPlayground is open in this process: call close() on it before creating a new one, ' +
  'or share one playground and call reset() between tests'

/** Names one playground while it is the open one. */
export interface PlaygroundTicket {
  readonly id: number
}

let open: PlaygroundTicket | undefined
let issued = 0

/** Makes a new playground the open one; throws while another is open. */
export function openPlayground(): PlaygroundTicket {
  if (open) throw new Error(ANOTHER_OPEN_MESSAGE)
  open = { id: ++issued }
  return open
}

export const isOpen = (ticket: PlaygroundTicket): boolean => open === ticket

/** Throws unless `ticket`'s playground is the open one. */
export function checkOpen(ticket: PlaygroundTicket): void {
  if (!isOpen(ticket)) throw new Error(CLOSED_MESSAGE)
}

export function closePlayground(ticket: PlaygroundTicket): void {
  if (open === ticket) open = undefined
}
