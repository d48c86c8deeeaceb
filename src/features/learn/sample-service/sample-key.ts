// The sample service's API key. A real service keeps its key as a secret on its server; the sample
// has no server, so it keeps the key in this browser. It is a key of one of the playground's
// services: made here for the current service, or pasted by the person.
import { createApiKey, authenticateApiKey } from '../../../simulator/services/api-keys.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'

const STORAGE_KEY = 'pay-playground.sample-service.key'
export const SAMPLE_KEY_NAME = 'Sample service key'

export function storedSampleKey(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined
  } catch {
    return undefined
  }
}

export function storeSampleKey(key: string): void {
  localStorage.setItem(STORAGE_KEY, key)
}

/** Creates a key for the current service and keeps it for the sample service. */
export async function createSampleKey(): Promise<string> {
  const service = await ensureCurrentService()
  const { key } = await createApiKey(service.id, SAMPLE_KEY_NAME)
  storeSampleKey(key)
  return key
}

export type SampleKeyState = { kind: 'none' } | { kind: 'refused' } | { kind: 'ok'; serviceId: string; serviceName: string; current: boolean }

/** Whether the kept key still works, and for which service. */
export async function sampleKeyState(): Promise<SampleKeyState> {
  const key = storedSampleKey()
  if (key === undefined) return { kind: 'none' }
  const check = await authenticateApiKey(key)
  if (check.result !== 'ok') return { kind: 'refused' }
  const current = await ensureCurrentService()
  return { kind: 'ok', serviceId: check.service.id, serviceName: check.service.name, current: check.service.id === current.id }
}
