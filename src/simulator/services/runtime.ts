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
}

function current(): Runtime {
  if (!runtime) throw new Error('The simulator has not been started')
  return runtime
}

export const database = (): PlaygroundDatabase => current().db
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
