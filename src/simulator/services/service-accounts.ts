// Sandbox services (the "accounts" a trainer hands out): each has its own name, settings, keys and
// payments. One is current; API keys and the admin site act on it.
import { newId } from '../model/ids.ts'
import type { ServiceRecord, ServiceSettings } from '../model/types.ts'
import { CARD_BRANDS } from '../rules/cards/card-brands.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'

export const DEFAULT_SERVICE_NAME = 'My test service'
const CURRENT_KEY = 'currentServiceId'

/** The settings a new test account starts with on the real service. */
export function defaultSettings(): ServiceSettings {
  return {
    emailCollectionMode: 'MANDATORY',
    collectBillingAddress: true,
    defaultBillingAddressCountry: 'GB',
    acceptedCardTypes: CARD_BRANDS.filter((brand) => brand.id !== 'maestro').flatMap((brand) =>
      brand.types.map((type) => ({ brand: brand.id, type })),
    ),
    delayedCapture: false,
    moto: false,
  }
}

export class ServiceNameError extends Error {
  override name = 'ServiceNameError'
}

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new ServiceNameError('Enter a service name')
  if (trimmed.length > 50) throw new ServiceNameError('Service name must be 50 characters or fewer')
  return trimmed
}

export async function createService(name: string): Promise<ServiceRecord> {
  const checked = checkName(name)
  return inTransaction(async () => {
    const service: ServiceRecord = { id: newId(), name: checked, createdAt: await now(), settings: defaultSettings() }
    await database().services.add(service)
    return service
  })
}

/** Makes sure a service exists and one is current; returns the current one. */
export function ensureCurrentService(): Promise<ServiceRecord> {
  return inTransaction(async () => {
    const db = database()
    const currentId = (await db.meta.get(CURRENT_KEY))?.value
    const current = typeof currentId === 'string' ? await db.services.get(currentId) : undefined
    if (current) return current
    const first = (await listServices())[0] ?? (await createService(DEFAULT_SERVICE_NAME))
    await db.meta.put({ key: CURRENT_KEY, value: first.id })
    return first
  })
}

export const currentService = ensureCurrentService

export function switchService(serviceId: string): Promise<ServiceRecord> {
  return inTransaction(async () => {
    const service = await database().services.get(serviceId)
    if (!service) throw new ServiceNameError(`There is no service with the id ${serviceId}`)
    await database().meta.put({ key: CURRENT_KEY, value: service.id })
    return service
  })
}

/** Every service, oldest first. */
export async function listServices(): Promise<ServiceRecord[]> {
  const services = await database().services.toArray()
  return services.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

export function getService(serviceId: string): Promise<ServiceRecord | undefined> {
  return database().services.get(serviceId)
}

export async function updateService(
  serviceId: string,
  change: { name?: string; settings?: Partial<ServiceSettings> },
): Promise<ServiceRecord> {
  const name = change.name === undefined ? undefined : checkName(change.name)
  return inTransaction(async () => {
    const service = await database().services.get(serviceId)
    if (!service) throw new ServiceNameError(`There is no service with the id ${serviceId}`)
    const updated: ServiceRecord = {
      ...service,
      name: name ?? service.name,
      settings: { ...service.settings, ...change.settings },
    }
    await database().services.put(updated)
    return updated
  })
}
