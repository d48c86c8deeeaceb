// Fault injection for trainers: make the next N API requests fail, or a percentage of them, with
// the endpoint's real "Downstream system error" (500), optionally for one endpoint only; and/or
// delay every API response. Settings apply to every service (meta key `faults`) or to one service
// (`faults:<serviceId>`); a service's own settings, while they are on, replace the ones for every
// service for its requests. They live in the `meta` table, so every tab sees them and they survive
// a reload; the countdown of "next N" is taken inside a transaction, so tabs share it.
import { liveQuery } from 'dexie'
import { OPERATION_IDS, type OperationId } from '../operations/index.ts'
import { database, inTransaction } from './runtime.ts'
import type { RandomSource } from './seeded-random.ts'

export const FAULTS_META_KEY = 'faults'
const SERVICE_FAULTS_PREFIX = `${FAULTS_META_KEY}:`

/** The meta key of the settings for one service, or for every service (null). */
export const faultsMetaKey = (serviceId: string | null): string => (serviceId === null ? FAULTS_META_KEY : `${SERVICE_FAULTS_PREFIX}${serviceId}`)

/** Whether a meta key holds fault settings (for every service or for one). */
export const isFaultsMetaKey = (key: string): boolean => key === FAULTS_META_KEY || key.startsWith(SERVICE_FAULTS_PREFIX)
export const MAX_FAILING_REQUESTS = 1_000
export const MAX_LATENCY_MS = 30_000

export type FailureRule =
  | { kind: 'none' }
  | { kind: 'next'; remaining: number }
  | { kind: 'percentage'; percent: number }

/**
 * How a failing request fails, each as an integration meets it from the real service or the
 * network in front of it: the operation's 500 "Downstream system error", 429 P0900 (rate limited),
 * a 401 as for a revoked key, a 503 with no body, a network failure (fetch rejects), or no answer
 * at all until the client gives up.
 */
export const FAULT_KINDS = ['downstream', 'rate-limited', 'unauthorised', 'unavailable', 'network', 'timeout'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultSettings {
  failures: FailureRule
  /** what a failing request gets */
  failWith: FaultKind
  /** only requests to this operation are failed; null for every operation */
  operation: OperationId | null
  /** added to every API response, in milliseconds */
  latencyMs: number
}

export const NO_FAULTS: Readonly<FaultSettings> = Object.freeze<FaultSettings>({
  failures: { kind: 'none' },
  failWith: 'downstream',
  operation: null,
  latencyMs: 0,
})

/** The operations a fault can be limited to: every operation in the registry. */
export const FAULT_OPERATIONS: readonly OperationId[] = OPERATION_IDS

export function faultsActive(settings: FaultSettings): boolean {
  return settings.failures.kind !== 'none' || settings.latencyMs > 0
}

/** A setting out of range; `field` names the setting, for the form that sent it. */
export class FaultSettingsError extends RangeError {
  override name = 'FaultSettingsError'
  constructor(
    readonly field: 'remaining' | 'percent' | 'operation' | 'latencyMs' | 'failWith' | 'service',
    message: string,
  ) {
    super(message)
  }
}

const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

/** Checks settings before they are saved; throws FaultSettingsError for the first one out of range. */
export function checkFaultSettings(settings: FaultSettings): void {
  const { failures, failWith, operation, latencyMs } = settings
  if (failures.kind === 'next' && !isWhole(failures.remaining, 1, MAX_FAILING_REQUESTS)) {
    throw new FaultSettingsError('remaining', `The number of requests must be a whole number from 1 to ${MAX_FAILING_REQUESTS}`)
  }
  if (failures.kind === 'percentage' && !isWhole(failures.percent, 1, 100)) {
    throw new FaultSettingsError('percent', 'The percentage must be a whole number from 1 to 100')
  }
  if (!FAULT_KINDS.includes(failWith)) {
    throw new FaultSettingsError('failWith', `There is no way of failing called ${String(failWith)}`)
  }
  if (operation !== null && !FAULT_OPERATIONS.includes(operation)) {
    throw new FaultSettingsError('operation', `There is no API operation called ${String(operation)}`)
  }
  if (!isWhole(latencyMs, 0, MAX_LATENCY_MS)) {
    throw new FaultSettingsError('latencyMs', `The delay must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`)
  }
}

/** Reads stored settings defensively: anything unreadable counts as no faults. */
function fromStored(value: unknown): FaultSettings {
  if (typeof value !== 'object' || value === null) return NO_FAULTS
  // Settings saved before requests could fail in other ways than a 500 failed that way.
  const settings = { failWith: 'downstream', ...value } as FaultSettings
  try {
    checkFaultSettings(settings)
    return { failures: { ...settings.failures }, failWith: settings.failWith, operation: settings.operation, latencyMs: settings.latencyMs }
  } catch {
    return NO_FAULTS
  }
}

async function readSettings(serviceId: string | null = null): Promise<FaultSettings> {
  return fromStored((await database().meta.get(faultsMetaKey(serviceId)))?.value)
}

async function writeSettings(settings: FaultSettings, serviceId: string | null = null): Promise<void> {
  if (faultsActive(settings)) await database().meta.put({ key: faultsMetaKey(serviceId), value: settings })
  else await database().meta.delete(faultsMetaKey(serviceId))
}

/** Settings that are on, and whom they apply to: every service (null) or one. */
export interface ScopedFaultSettings {
  serviceId: string | null
  settings: FaultSettings
}

/** Every setting that is on: the one for every service first, then one per service. */
export async function listActiveFaults(): Promise<ScopedFaultSettings[]> {
  const entries = await database().meta.where('key').startsWith(FAULTS_META_KEY).toArray()
  return entries
    .filter((entry) => isFaultsMetaKey(entry.key))
    .map((entry) => ({
      serviceId: entry.key === FAULTS_META_KEY ? null : entry.key.slice(SERVICE_FAULTS_PREFIX.length),
      settings: fromStored(entry.value),
    }))
    .filter((scoped) => faultsActive(scoped.settings))
    .sort((a, b) => (a.serviceId === null ? -1 : b.serviceId === null ? 1 : 0))
}

const anyActive = async () => (await listActiveFaults()).length > 0

/** Whether any fault is on, as this tab last saw it while watching; undefined means "ask the database". */
let known: boolean | undefined
let watchers = 0

/** The settings for one service (as set for it alone), or for every service (null, the default). */
export function getFaultSettings(serviceId: string | null = null): Promise<FaultSettings> {
  return readSettings(serviceId)
}

/** Saves the settings for every service (null) or for one service, which must exist. */
export async function setFaultSettings(settings: FaultSettings, serviceId: string | null = null): Promise<FaultSettings> {
  checkFaultSettings(settings)
  const saved = fromStored(settings)
  await inTransaction(async () => {
    if (serviceId !== null && !(await database().services.get(serviceId))) {
      throw new FaultSettingsError('service', `There is no service with the id ${serviceId}`)
    }
    await writeSettings(saved, serviceId)
  })
  if (watchers > 0) known = await anyActive()
  return saved
}

export function turnOffFaults(serviceId: string | null = null): Promise<FaultSettings> {
  return setFaultSettings(NO_FAULTS, serviceId)
}

/** Turns off the settings for every service and for each service. */
export async function turnOffAllFaults(): Promise<void> {
  await inTransaction(async () => {
    const keys = (await database().meta.where('key').startsWith(FAULTS_META_KEY).primaryKeys()).filter(isFaultsMetaKey)
    await database().meta.bulkDelete(keys)
  })
  if (watchers > 0) known = false
}

/**
 * Keeps this tab's knowledge of whether any fault is on up to date (changes from other tabs arrive
 * through Dexie's cross-tab notifications), so requests pay for a database read only while faults
 * are on. Returns a function that stops watching.
 */
export function watchFaultSettings(): () => void {
  watchers++
  const subscription = liveQuery(anyActive).subscribe({
    next: (active) => {
      known = active
    },
    error: () => {
      known = undefined
    },
  })
  return () => {
    subscription.unsubscribe()
    if (--watchers === 0) known = undefined
  }
}

export interface FaultDecision {
  /** how to answer instead of calling the endpoint; undefined to call it */
  fail: FaultKind | undefined
  /** wait this long before answering */
  latencyMs: number
}

const NONE: FaultDecision = { fail: undefined, latencyMs: 0 }

/**
 * Decides what happens to one request to `operation` from `serviceId` (the service whose key sent
 * it; undefined when unknown), counting down "next N" when it applies. The service's own settings
 * decide while they are on; otherwise the settings for every service do.
 */
export async function takeFault(operation: OperationId, random: RandomSource = Math.random, serviceId?: string): Promise<FaultDecision> {
  if (known === false) return NONE
  return inTransaction(async () => {
    const own = serviceId === undefined ? NO_FAULTS : await readSettings(serviceId)
    const scope = faultsActive(own) ? (serviceId ?? null) : null
    const settings = scope === null ? await readSettings(null) : own
    const { failures } = settings
    const applies = settings.operation === null || settings.operation === operation
    let fail: FaultKind | undefined
    if (applies && failures.kind === 'next') {
      fail = settings.failWith
      const remaining = failures.remaining - 1
      const next: FaultSettings = { ...settings, failures: remaining > 0 ? { kind: 'next', remaining } : { kind: 'none' } }
      await writeSettings(next, scope)
    } else if (applies && failures.kind === 'percentage') {
      fail = random() * 100 < failures.percent ? settings.failWith : undefined
    }
    return { fail, latencyMs: settings.latencyMs }
  })
}
