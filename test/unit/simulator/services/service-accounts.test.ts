// Sandbox services: each has its own settings, keys and payments; one is current.
import { describe, expect, it } from 'vitest'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import {
  createService,
  DEFAULT_SERVICE_NAME,
  defaultSettings,
  ensureCurrentService,
  getService,
  listServices,
  ServiceNameError,
  switchService,
  updateService,
} from '../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { api, useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

describe('defaultSettings', () => {
  it('accepts every brand but Maestro, which a new account does not take (§13)', () => {
    const accepted = defaultSettings().acceptedCardTypes
    expect(accepted.some((t) => t.brand === 'maestro')).toBe(false)
    expect(accepted).toContainEqual({ brand: 'visa', type: 'DEBIT' })
    expect(accepted).toContainEqual({ brand: 'visa', type: 'CREDIT' })
    expect(accepted).toContainEqual({ brand: 'american-express', type: 'CREDIT' })
    expect(accepted).not.toContainEqual({ brand: 'american-express', type: 'DEBIT' })
    expect(accepted).toHaveLength(2 + 2 + 1 + 1 + 1 + 1 + 1)
  })

  it('starts without delayed capture or MOTO', () => {
    expect(defaultSettings()).toMatchObject({ delayedCapture: false, moto: false })
  })
})

describe('ensureCurrentService', () => {
  it('has made "My test service" the current service (the set-up calls it)', async () => {
    const services = await listServices()
    expect(services.map((s) => s.name)).toEqual([DEFAULT_SERVICE_NAME])
    expect((await ensureCurrentService()).id).toBe(services[0]!.id)
  })

  it('does not make another service when called again', async () => {
    await ensureCurrentService()
    await ensureCurrentService()
    expect(await sim.db().services.count()).toBe(1)
  })
})

describe('createService, switchService, updateService', () => {
  it('creates a service with the default settings and a trimmed name', async () => {
    const service = await createService('  Council tax  ')
    expect(service.name).toBe('Council tax')
    expect(service.settings).toStrictEqual(defaultSettings())
    expect(await getService(service.id)).toStrictEqual(service)
  })

  it.each([[''], ['   '], ['x'.repeat(51)]])('refuses the name %j (a rejected promise, nothing stored)', async (name) => {
    await expect(createService(name)).rejects.toBeInstanceOf(ServiceNameError)
    expect(await sim.db().services.count()).toBe(1)
  })

  it('switches the current service', async () => {
    const other = await createService('Other')
    expect((await switchService(other.id)).id).toBe(other.id)
    expect((await ensureCurrentService()).id).toBe(other.id)
    await expect(switchService('0'.repeat(26))).rejects.toBeInstanceOf(ServiceNameError)
  })

  it('updates the name and merges settings', async () => {
    const service = await createService('Before')
    const updated = await updateService(service.id, { name: 'After', settings: { delayedCapture: true } })
    expect(updated.name).toBe('After')
    expect(updated.settings).toStrictEqual({ ...defaultSettings(), delayedCapture: true })
    expect(await getService(service.id)).toStrictEqual(updated)
    await expect(updateService(service.id, { name: '' })).rejects.toBeInstanceOf(ServiceNameError)
    await expect(updateService('0'.repeat(26), {})).rejects.toBeInstanceOf(ServiceNameError)
  })
})

describe('separation of services', () => {
  it("keeps each service's payments to its own keys", async () => {
    const a = await ensureCurrentService()
    const b = await createService('Service B')
    const keyA = (await createApiKey(a.id, 'a')).key
    const keyB = (await createApiKey(b.id, 'b')).key
    const paymentOfB = await paymentIn('created', { serviceId: b.id })
    expect((await api('GET', `/v1/payments/${paymentOfB.id}`, { key: keyB })).status).toBe(200)
    const seenByA = await api('GET', `/v1/payments/${paymentOfB.id}`, { key: keyA })
    expect(seenByA.status).toBe(404)
    expect(seenByA.json).toStrictEqual({ code: 'P0200', description: 'Not found' })
    expect((await api('GET', '/v1/payments', { key: keyA })).json.total).toBe(0)
  })
})
