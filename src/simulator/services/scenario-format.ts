// A scenario: what a trainer hands out so each trainee's browser starts from the same place — one
// service's name and settings, its demo data (payments and refunds), the lessons chosen for it, its
// faults and the simulator clock's offset. The demo data travels as a one-service export document
// (decision 008), so it is checked by the same import checks, record by record. A scenario is JSON;
// in a link it is deflated (fflate) and written in base64url.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import type { PlaygroundExport } from './export-format.ts'
import { checkFaultSettings, type FaultSettings } from './faults.ts'

export const SCENARIO_FORMAT = 'pay-playground-scenario'
export const SCENARIO_VERSION = 1
/** Longer links are cut short by some chat and mail programs: past this, a scenario is handed out as a file. */
export const MAX_LINK_DATA_LENGTH = 8_000
export const MAX_SCENARIO_NAME_LENGTH = 80

export interface Scenario {
  format: typeof SCENARIO_FORMAT
  version: typeof SCENARIO_VERSION
  /** the trainer's name for it */
  name: string
  /** real time it was saved, ISO 8601 */
  savedAt: string
  /** the lessons the service shows; null for every lesson */
  lessons: string[] | null
  /** how far ahead of real time the simulator clock was */
  clockOffsetMs: number
  /** the faults that applied to the service; null for none */
  faults: FaultSettings | null
  /** the service (exactly one), its payments and refunds, as an export document */
  data: PlaygroundExport
}

/** A scenario that cannot be opened; the message says why, for the person who opened it. */
export class ScenarioRefusedError extends Error {
  override name = 'ScenarioRefusedError'
}

const refuse = (message: string): never => {
  throw new ScenarioRefusedError(message)
}

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** The scenario as the `s` parameter of a link: deflated JSON in base64url. */
export function encodeScenario(scenario: Scenario): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }))
}

/** A scenario from a link's `s` parameter or a file's text; the parts around the data are checked here. */
export function decodeScenario(text: string): Scenario {
  const trimmed = text.trim()
  let json: string
  if (trimmed.startsWith('{')) json = trimmed
  else {
    try {
      json = strFromU8(inflateSync(fromBase64Url(trimmed)))
    } catch {
      return refuse('The scenario link is not complete: it may have been cut short when it was copied. Ask for it again, or for the scenario file.')
    }
  }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return refuse('This is not a playground scenario: it is not valid JSON.')
  }
  return checkScenario(value)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function checkScenario(value: unknown): Scenario {
  if (!isObject(value) || value.format !== SCENARIO_FORMAT) return refuse('This is not a playground scenario.')
  if (value.version !== SCENARIO_VERSION) {
    return refuse(`The scenario was made by another version of the playground (scenario version ${String(value.version)}). This playground opens version ${SCENARIO_VERSION}.`)
  }
  if (typeof value.name !== 'string' || value.name.trim() === '' || value.name.length > MAX_SCENARIO_NAME_LENGTH) refuse('The scenario has no name.')
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) refuse('The scenario’s “savedAt” must be a date and time.')
  if (value.lessons !== null && !(Array.isArray(value.lessons) && value.lessons.every((id) => typeof id === 'string'))) {
    refuse('The scenario’s lessons must be a list of lesson names, or null.')
  }
  if (!Number.isInteger(value.clockOffsetMs) || (value.clockOffsetMs as number) < 0) refuse('The scenario’s clock offset must be a whole number of milliseconds, 0 or more.')
  if (value.faults !== null) {
    try {
      checkFaultSettings(value.faults as FaultSettings)
    } catch (error) {
      refuse(`The scenario’s fault settings are not valid: ${(error as Error).message}.`)
    }
  }
  if (!isObject(value.data)) refuse('The scenario has no data.')
  return value as unknown as Scenario
}
