// Sandbox services (the "accounts" a trainer hands out): each has its own name, settings, keys and
// payments. One is current; API keys and the admin site act on it.
import { newId } from '../model/ids.ts'
import type { ServiceRecord, ServiceSettings } from '../model/types.ts'
import { CARD_BRANDS } from '../rules/cards/card-brands.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'

export const DEFAULT_SERVICE_NAME = 'My test service'
/** The meta key naming the current service. */
export const CURRENT_SERVICE_META_KEY = 'currentServiceId'
const CURRENT_KEY = CURRENT_SERVICE_META_KEY

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
    redirectToServiceImmediatelyOnTerminalState: false,
    recurringPayments: false,
    authorisationApi: false,
    blockPrepaidCards: false,
    corporateCreditCardSurcharge: 0,
    corporateDebitCardSurcharge: 0,
    corporatePrepaidDebitCardSurcharge: 0,
    motoMaskCardNumber: false,
    motoMaskSecurityCode: false,
  }
}

export class ServiceNameError extends Error {
  override name = 'ServiceNameError'
}

export const MAX_SERVICE_NAME_LENGTH = 50

/** A service's name as the real admin site checks it, with its messages. The Welsh name may be empty (none). */
function checkName(name: string, { required = true } = {}): string {
  const trimmed = name.trim()
  if (trimmed === '' && required) throw new ServiceNameError('Service name is required')
  if (trimmed.length > MAX_SERVICE_NAME_LENGTH) {
    throw new ServiceNameError(`Service name must be ${MAX_SERVICE_NAME_LENGTH} characters or fewer`)
  }
  if (/[<>|]/.test(trimmed)) {
    throw new ServiceNameError('You cannot use any of the following characters < > | in the service name')
  }
  return trimmed
}

/** A change of settings the sandbox cannot take. */
export class ServiceSettingsError extends Error {
  override name = 'ServiceSettingsError'
}

export const MAESTRO_UNAVAILABLE = 'Maestro is not available on sandbox test accounts'

/** The largest corporate card fee the settings take, in pence (£1,000: an amount, not a percentage). */
export const MAX_SURCHARGE = 100_000

const SURCHARGES = ['corporateCreditCardSurcharge', 'corporateDebitCardSurcharge', 'corporatePrepaidDebitCardSurcharge'] as const

function checkSettings(settings: Partial<ServiceSettings>): void {
  for (const name of SURCHARGES) {
    const fee = settings[name]
    if (fee !== undefined && (!Number.isInteger(fee) || fee < 0 || fee > MAX_SURCHARGE)) {
      throw new ServiceSettingsError('A card fee must be a whole number of pence from 0 to 100000')
    }
  }
  const cards = settings.acceptedCardTypes
  if (cards === undefined) return
  if (cards.length === 0) throw new ServiceSettingsError('You must choose at least one card')
  if (cards.some((card) => card.brand === 'maestro')) throw new ServiceSettingsError(MAESTRO_UNAVAILABLE)
  const known = new Set(CARD_BRANDS.flatMap((brand) => brand.types.map((type) => `${brand.id}:${type}`)))
  const unknown = cards.find((card) => !known.has(`${card.brand}:${card.type}`))
  if (unknown) throw new ServiceSettingsError(`There is no ${unknown.type.toLowerCase()} card type ${unknown.brand}`)
}

export async function createService(name: string): Promise<ServiceRecord> {
  const checked = checkName(name)
  return inTransaction(async () => {
    const service: ServiceRecord = { id: newId(), name: checked, createdAt: await now(), settings: defaultSettings() }
    await database().services.add(service)
    return service
  })
}

/** The current service, read without locking anything else; undefined when none is set. */
function readCurrentService(): Promise<ServiceRecord | undefined> {
  const db = database()
  return db.transaction('r', [db.meta, db.services], async () => {
    const currentId = (await db.meta.get(CURRENT_KEY))?.value
    return typeof currentId === 'string' ? db.services.get(currentId) : undefined
  })
}

/**
 * Makes sure a service exists and one is current; returns the current one. Almost always one is:
 * it is read on its own, so that every page's header can refetch it while payments are being
 * written (seeding, API requests) without waiting for them.
 */
export async function ensureCurrentService(): Promise<ServiceRecord> {
  return (await readCurrentService()) ?? createCurrentService()
}

function createCurrentService(): Promise<ServiceRecord> {
  return inTransaction(async () => {
    const current = await readCurrentService()
    if (current) return current
    const first = (await listServices())[0] ?? (await createService(DEFAULT_SERVICE_NAME))
    await database().meta.put({ key: CURRENT_KEY, value: first.id })
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
  if (change.settings) checkSettings(change.settings)
  const welshName = change.settings?.welshName
  const settings = welshName === undefined ? change.settings : { ...change.settings, welshName: checkName(welshName, { required: false }) }
  return inTransaction(async () => {
    const service = await database().services.get(serviceId)
    if (!service) throw new ServiceNameError(`There is no service with the id ${serviceId}`)
    const updated: ServiceRecord = {
      ...service,
      name: name ?? service.name,
      settings: { ...service.settings, ...settings },
    }
    await database().services.put(updated)
    return updated
  })
}
