// The demo-data run in progress, kept outside React so it carries on (and its progress can be
// seen again) when the user visits another page of the playground and comes back.
import { useSyncExternalStore } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { seedPayments } from '../../../simulator/services/seeding.ts'

export type SeedRun =
  | { status: 'idle' }
  | { status: 'running'; added: number; total: number }
  | { status: 'finished'; added: number; total: number; cancelled: boolean }
  | { status: 'failed'; added: number; total: number; message: string }

let run: SeedRun = { status: 'idle' }
let controller: AbortController | undefined
const listeners = new Set<() => void>()

function publish(next: SeedRun): void {
  run = next
  for (const listener of listeners) listener()
}

export function startSeeding(total: number): void {
  if (run.status === 'running') return
  controller = new AbortController()
  publish({ status: 'running', added: 0, total })
  seedPayments(total, {
    signal: controller.signal,
    onProgress: ({ added }) => publish({ status: 'running', added, total }),
  })
    .then((result) => publish({ status: 'finished', added: result.added, total, cancelled: result.cancelled }))
    .catch((error: unknown) => {
      const added = run.status === 'running' ? run.added : 0
      publish({ status: 'failed', added, total, message: describeError(error) })
    })
}

export function stopSeeding(): void {
  controller?.abort()
}

/** Forgets a finished run, so the form shows again without its result. */
export function clearSeedResult(): void {
  if (run.status !== 'running') publish({ status: 'idle' })
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSeedRun(): SeedRun {
  return useSyncExternalStore(subscribe, () => run)
}
