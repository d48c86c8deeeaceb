// The running simulator: its database and where its hosted pages live. Set once at start-up by
// `startSimulator` (browser) or by the test set-up (Node).
import type { PlaygroundDatabase } from '../store/database.ts'

export interface SimulatorConfig {
  /** Absolute URL of the app's own page (origin plus base path), used to build `next_url`. */
  frontendUrl: string
}

interface Runtime {
  db: PlaygroundDatabase
  config: SimulatorConfig
}

let runtime: Runtime | undefined

export function configureRuntime(db: PlaygroundDatabase, config: SimulatorConfig): void {
  runtime = { db, config }
  stoppedBecause = undefined
}

/** Why the simulator in this tab can no longer reach its data; every operation then fails with it. */
export class SimulatorStoppedError extends Error {
  override name = 'SimulatorStoppedError'
}

/** What an operation says once another tab has opened a newer version of the playground's storage. */
export const NEWER_VERSION_MESSAGE =
  'A new version of the playground has been opened in another tab, so this tab can no longer use the stored data. Reload the page to carry on.'

let stoppedBecause: string | undefined
const stopListeners = new Set<() => void>()

/** Stops this tab's simulator for good (its database connection has been closed). */
export function stopRuntime(reason: string): void {
  if (stoppedBecause !== undefined) return
  stoppedBecause = reason
  for (const listener of stopListeners) listener()
}

/** The reason the simulator stopped, or undefined while it is running. */
export const runtimeStoppedReason = (): string | undefined => stoppedBecause

export function onRuntimeStopped(listener: () => void): () => void {
  stopListeners.add(listener)
  return () => stopListeners.delete(listener)
}

function current(): Runtime {
  if (!runtime) throw new Error('The simulator has not been started')
  if (stoppedBecause !== undefined) throw new SimulatorStoppedError(stoppedBecause)
  return runtime
}

export const database = (): PlaygroundDatabase => current().db
/** The name of the database the simulator runs on, if it has been started. */
export const runningDatabaseName = (): string | undefined => runtime?.db.name
export const frontendUrl = (): string => current().config.frontendUrl

/**
 * Runs `work` in one read-write transaction over every table, so each state change is all or
 * nothing and concurrent operations (two refunds, a cancel racing a confirm) are serialised.
 * Inside, only Dexie calls may be awaited.
 */
export function inTransaction<T>(work: () => Promise<T>): Promise<T> {
  const db = database()
  return db.transaction('rw', db.tables, work)
}
