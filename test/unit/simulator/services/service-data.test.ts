// One service's data for trainers: counts, a reset to a new test account's state, and deleting it,
// leaving every other service exactly as it was.
import { describe, expect, it } from 'vitest'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { faultsMetaKey, getFaultSettings, NO_FAULTS, setFaultSettings } from '../../../../src/simulator/services/faults.ts'
import { addHistoryRecords } from '../../../../src/simulator/services/request-history.ts'
import {
  countServiceData,
  deleteService,
  ONLY_SERVICE_MESSAGE,
  resetService,
} from '../../../../src/simulator/services/service-data.ts'
import { createService, defaultSettings, ensureCurrentService, getService, switchService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { refund } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { webhookFor } from '../../../support/webhooks.ts'

/** A service's webhooks, and the messages and deliveries written for them. */
async function webhookData(serviceId: string) {
  const webhookIds = (await sim.db().webhooks.where('serviceId').equals(serviceId).primaryKeys()) as string[]
  const messageIds = (await sim.db().webhookMessages.filter((message) => webhookIds.includes(message.webhookId)).primaryKeys()) as string[]
  const deliveries = await sim.db().webhookDeliveries.where('messageId').anyOf(messageIds).count()
  return { webhooks: webhookIds.length, messages: messageIds.length, deliveries }
}

const sim = useSimulator()

/** The settings GOV.UK Pay support set and MOTO security, all changed from a new account's. */
const PAID_FEATURES = {
  recurringPayments: true,
  authorisationApi: true,
  blockPrepaidCards: true,
  corporateCreditCardSurcharge: 250,
  corporateDebitCardSurcharge: 100,
  corporatePrepaidDebitCardSurcharge: 50,
  motoMaskCardNumber: true,
  motoMaskSecurityCode: true,
}

const NEXT_ONE = { failWith: 'downstream', failures: { kind: 'next', remaining: 1 }, operation: null, latencyMs: 0 } as const

/**
 * A service with a webhook, two payments (one refunded in part) and the webhook's messages for them,
 * a working key, a revoked one, a fault, a history entry and a lesson record.
 */
async function busyService(name: string) {
  const service = await createService(name)
  await webhookFor(undefined, service.id)
  const paid = await paymentIn('success', { serviceId: service.id, amount: 5000 })
  await paymentIn('started', { serviceId: service.id })
  await refund(paid.id, 1000, service.id)
  await createApiKey(service.id, 'kept')
  const revoked = await createApiKey(service.id, 'revoked')
  await sim.db().apiKeys.update(revoked.record.id, { revokedAt: Date.now() })
  await setFaultSettings(NEXT_ONE, service.id)
  await sim.db().meta.put({ key: `learn:${service.id}`, value: { startedAt: 0 } })
  await addHistoryRecords([{ method: 'GET', url: 'u', status: 200, startedAt: 1, durationMs: 1, requestHeaders: {}, requestBody: '', responseHeaders: {}, responseBody: '', source: 'page', serviceId: service.id }])
  await updateService(service.id, { settings: { delayedCapture: true, ...PAID_FEATURES } })
  return service
}

describe('countServiceData', () => {
  it('counts a service’s payments, refunds and working keys, and nothing of other services', async () => {
    const busy = await busyService('Busy')
    await busyService('Other')
    expect(await countServiceData(busy.id)).toStrictEqual({ payments: 2, refunds: 1, apiKeys: 1 })
    expect(await countServiceData((await ensureCurrentService()).id)).toStrictEqual({ payments: 0, refunds: 0, apiKeys: 0 })
  })
})

describe('resetService', () => {
  it('empties the service and restores the default settings, keeping its name and every other service', async () => {
    const busy = await busyService('Busy')
    const other = await busyService('Other')
    expect((await getService(busy.id))?.settings).toMatchObject(PAID_FEATURES)
    const reset = await resetService(busy.id)
    expect(reset).toMatchObject({ id: busy.id, name: 'Busy', settings: defaultSettings() })
    expect(await countServiceData(busy.id)).toStrictEqual({ payments: 0, refunds: 0, apiKeys: 0 })
    expect(await sim.db().apiKeys.where('serviceId').equals(busy.id).count()).toBe(0)
    expect(await getFaultSettings(busy.id)).toStrictEqual(NO_FAULTS)
    expect(await sim.db().meta.get(`learn:${busy.id}`)).toBeUndefined()
    expect(await sim.db().exchanges.where('serviceId').equals(busy.id).count()).toBe(0)
    expect(await countServiceData(other.id)).toStrictEqual({ payments: 2, refunds: 1, apiKeys: 1 })
    expect(await sim.db().meta.get(faultsMetaKey(other.id))).toBeDefined()
    expect(await sim.db().exchanges.where('serviceId').equals(other.id).count()).toBe(1)
    expect(await webhookData(busy.id)).toStrictEqual({ webhooks: 0, messages: 0, deliveries: 0 })
    const others = await webhookData(other.id)
    expect(others.webhooks).toBe(1)
    expect(others.messages).toBeGreaterThan(0)
    expect(others.deliveries).toBe(others.messages)
  })

  it('can keep the service’s API keys', async () => {
    const busy = await busyService('Busy')
    await resetService(busy.id, { keepApiKeys: true })
    expect(await countServiceData(busy.id)).toStrictEqual({ payments: 0, refunds: 0, apiKeys: 1 })
  })

  it('leaves no token of the service’s payments behind', async () => {
    const busy = await busyService('Busy')
    const ids = (await sim.db().payments.toArray()).filter((payment) => payment.serviceId === busy.id).map((payment) => payment.id)
    await sim.db().tokens.add({ token: 'a-token', paymentId: ids[0]!, createdAt: 0, used: false })
    await resetService(busy.id)
    expect(await sim.db().tokens.where('paymentId').anyOf(ids).count()).toBe(0)
  })
})

describe('deleteService', () => {
  it('deletes the service and all it holds, and makes the oldest other service current if it was current', async () => {
    const first = await ensureCurrentService()
    const busy = await busyService('Busy')
    await switchService(busy.id)
    await deleteService(busy.id)
    expect(await sim.db().services.get(busy.id)).toBeUndefined()
    expect(await countServiceData(busy.id)).toStrictEqual({ payments: 0, refunds: 0, apiKeys: 0 })
    expect(await sim.db().payments.count()).toBe(0)
    expect([await sim.db().webhooks.count(), await sim.db().webhookMessages.count(), await sim.db().webhookDeliveries.count()]).toEqual([0, 0, 0])
    expect(await sim.db().meta.filter((entry) => entry.key.endsWith(busy.id)).count()).toBe(0)
    expect((await ensureCurrentService()).id).toBe(first.id)
  })

  it('refuses to delete the only service', async () => {
    const only = await ensureCurrentService()
    await expect(deleteService(only.id)).rejects.toThrow(ONLY_SERVICE_MESSAGE)
  })
})
