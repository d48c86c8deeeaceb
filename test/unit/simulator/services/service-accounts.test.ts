// Sandbox services: each has its own settings, keys and payments; one is current.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { accountFeatures } from '../../../../src/simulator/model/account-features.ts'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import {
  createService,
  DEFAULT_SERVICE_NAME,
  defaultSettings,
  ensureCurrentService,
  getService,
  listServices,
  ServiceNameError,
  ServiceSettingsError,
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

  it('starts without a Welsh name, and showing the payment pages’ outcome pages', () => {
    expect(defaultSettings().welshName).toBeUndefined()
    expect(defaultSettings().redirectToServiceImmediatelyOnTerminalState).toBe(false)
  })

  it('starts without delayed capture or MOTO', () => {
    expect(defaultSettings()).toMatchObject({ delayedCapture: false, moto: false })
  })

  it('starts as a new test account: no recurring payments, no authorisation API, prepaid cards taken, no card fees', () => {
    expect(defaultSettings()).toMatchObject({
      recurringPayments: false,
      authorisationApi: false,
      blockPrepaidCards: false,
      corporateCreditCardSurcharge: 0,
      corporateDebitCardSurcharge: 0,
      corporatePrepaidDebitCardSurcharge: 0,
    })
  })
})

describe('accountFeatures', () => {
  it('reads a service stored before the recurring, authorisation API, prepaid, fee and masking settings existed as all off', () => {
    const { recurringPayments: _r, authorisationApi: _a, blockPrepaidCards: _b, motoMaskCardNumber: _n, motoMaskSecurityCode: _c, ...stored } = defaultSettings()
    expect(accountFeatures(stored)).toEqual({
      recurringPayments: false,
      authorisationApi: false,
      blockPrepaidCards: false,
      surcharges: { credit: 0, debit: 0, prepaidDebit: 0 },
      motoMaskCardNumber: false,
      motoMaskSecurityCode: false,
    })
  })

  it('reads the settings a service has', () => {
    const settings = { ...defaultSettings(), recurringPayments: true, corporateCreditCardSurcharge: 250, corporatePrepaidDebitCardSurcharge: 75 }
    expect(accountFeatures(settings)).toMatchObject({ recurringPayments: true, surcharges: { credit: 250, debit: 0, prepaidDebit: 75 } })
  })
})

describe('updateService with card fees', () => {
  it('refuses a fee that is not a whole number of pence from 0 to 100000, and saves one that is', async () => {
    const service = await ensureCurrentService()
    for (const fee of [-1, 2.5, 100_001]) {
      await expect(updateService(service.id, { settings: { corporateCreditCardSurcharge: fee } })).rejects.toThrow(
        'A card fee must be a whole number of pence from 0 to 100000',
      )
    }
    const updated = await updateService(service.id, { settings: { corporateDebitCardSurcharge: 199 } })
    expect(updated.settings.corporateDebitCardSurcharge).toBe(199)
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

  it('answers while payments are still being written, without waiting for them (every page header reads it)', async () => {
    const db = sim.db()
    const current = await ensureCurrentService()
    let answered: string | undefined
    await db.transaction('rw', [db.payments], async () => {
      // Read from outside this transaction, as the header's query does while seeding runs.
      void Dexie.ignoreTransaction(() => ensureCurrentService()).then((service) => (answered = service.id))
      // The write stays open (one request after another) until the service has been read, or 100 requests.
      for (let request = 0; request < 100 && answered === undefined; request++) await db.payments.get('not-a-payment')
      expect(answered).toBe(current.id)
    })
  })

  it('makes a service current when none is, once, however many ask at the same time', async () => {
    await sim.db().meta.clear()
    const answers = await Promise.all([ensureCurrentService(), ensureCurrentService(), ensureCurrentService()])
    expect(new Set(answers.map((service) => service.id)).size).toBe(1)
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

  it.each([
    ['', 'Service name is required'],
    ['   ', 'Service name is required'],
    ['x'.repeat(51), 'Service name must be 50 characters or fewer'],
    ['Fish <and> chips', 'You cannot use any of the following characters < > | in the service name'],
    ['Pipe | here', 'You cannot use any of the following characters < > | in the service name'],
  ])('refuses the name %j with the real message (a rejected promise, nothing stored)', async (name, message) => {
    const error = await createService(name).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceNameError)
    expect((error as Error).message).toBe(message)
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

  it.each([
    [[], 'You must choose at least one card'],
    [[{ brand: 'maestro', type: 'DEBIT' as const }], 'Maestro is not available on sandbox test accounts'],
    [[{ brand: 'american-express', type: 'DEBIT' as const }], 'There is no debit card type american-express'],
  ])('refuses the card types %j without changing anything', async (cards, message) => {
    const service = await ensureCurrentService()
    const error = await updateService(service.id, { settings: { acceptedCardTypes: cards } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceSettingsError)
    expect((error as Error).message).toBe(message)
    expect((await getService(service.id))?.settings).toStrictEqual(defaultSettings())
  })

  it('keeps a Welsh name trimmed, lets it be empty (none), and checks it as the real admin site does', async () => {
    const service = await ensureCurrentService()
    expect((await updateService(service.id, { settings: { welshName: '  Gwasanaeth  ' } })).settings.welshName).toBe('Gwasanaeth')
    expect((await updateService(service.id, { settings: { welshName: '' } })).settings.welshName).toBe('')
    await expect(updateService(service.id, { settings: { welshName: 'a'.repeat(51) } })).rejects.toThrow('Service name must be 50 characters or fewer')
    await expect(updateService(service.id, { settings: { welshName: 'a|b' } })).rejects.toThrow(
      'You cannot use any of the following characters < > | in the service name',
    )
    expect((await getService(service.id))?.settings.welshName).toBe('')
  })

  it('accepts any non-empty choice of the sandbox card types', async () => {
    const service = await ensureCurrentService()
    const updated = await updateService(service.id, { settings: { acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }] } })
    expect(updated.settings.acceptedCardTypes).toStrictEqual([{ brand: 'visa', type: 'CREDIT' }])
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
