// Fault settings: checked before they are saved, kept in the meta table, and turned off in one call.
import { describe, expect, it } from 'vitest'
import {
  checkFaultSettings,
  FAULTS_META_KEY,
  faultsActive,
  FaultSettingsError,
  getFaultSettings,
  NO_FAULTS,
  setFaultSettings,
  takeFault,
  turnOffFaults,
  type FaultSettings,
} from '../../../../src/simulator/services/faults.ts'
import { resetPlayground } from '../../../../src/simulator/services/reset.ts'
import { createService } from '../../../../src/simulator/services/service-accounts.ts'
import { faultsMetaKey, listActiveFaults, turnOffAllFaults } from '../../../../src/simulator/services/faults.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

const next = (remaining: number, operation: FaultSettings['operation'] = null): FaultSettings => ({
  failWith: 'downstream',
  failures: { kind: 'next', remaining },
  operation,
  latencyMs: 0,
})

describe('fault settings', () => {
  it('start with no faults', async () => {
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
    expect(faultsActive(NO_FAULTS)).toBe(false)
  })

  it('are stored in the meta table and read back', async () => {
    const saved = await setFaultSettings({ failWith: 'downstream', failures: { kind: 'percentage', percent: 20 }, operation: 'createRefund', latencyMs: 200 })
    expect((await sim.db().meta.get(FAULTS_META_KEY))?.value).toStrictEqual(saved)
    expect(await getFaultSettings()).toStrictEqual(saved)
    expect(faultsActive(saved)).toBe(true)
  })

  it('count as active with latency alone', () => {
    expect(faultsActive({ ...NO_FAULTS, latencyMs: 1 })).toBe(true)
  })

  it('are removed from storage when turned off, and by a reset', async () => {
    await setFaultSettings(next(3))
    await turnOffFaults()
    expect(await sim.db().meta.get(FAULTS_META_KEY)).toBeUndefined()
    await setFaultSettings(next(3))
    await resetPlayground()
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })

  it.each<[string, FaultSettings, string, string]>([
    ['0 requests', next(0), 'remaining', 'The number of requests must be a whole number from 1 to 1000'],
    ['1001 requests', next(1001), 'remaining', 'The number of requests must be a whole number from 1 to 1000'],
    ['2.5 requests', next(2.5), 'remaining', 'The number of requests must be a whole number from 1 to 1000'],
    ['0%', { ...NO_FAULTS, failures: { kind: 'percentage', percent: 0 } }, 'percent', 'The percentage must be a whole number from 1 to 100'],
    ['101%', { ...NO_FAULTS, failures: { kind: 'percentage', percent: 101 } }, 'percent', 'The percentage must be a whole number from 1 to 100'],
    ['an unknown operation', { ...next(1), operation: 'deletePayment' as never }, 'operation', 'There is no API operation called deletePayment'],
    ['a negative delay', { ...NO_FAULTS, latencyMs: -5 }, 'latencyMs', 'The delay must be a whole number of milliseconds from 0 to 30000'],
    ['a delay over 30 seconds', { ...NO_FAULTS, latencyMs: 30_001 }, 'latencyMs', 'The delay must be a whole number of milliseconds from 0 to 30000'],
  ])('refuses %s, saving nothing', async (_what, settings, field, message) => {
    expect(() => checkFaultSettings(settings)).toThrow(message)
    const refused = await setFaultSettings(settings).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FaultSettingsError)
    expect(refused).toMatchObject({ field, message })
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })

  it('treat unreadable stored settings as no faults', async () => {
    await sim.db().meta.put({ key: FAULTS_META_KEY, value: { failWith: 'downstream', failures: 'lots' } })
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })
})

describe('takeFault', () => {
  it('counts "next N" down only for the chosen operation, then turns itself off', async () => {
    await setFaultSettings(next(2, 'getPayment'))
    expect(await takeFault('searchPayments')).toStrictEqual({ fail: undefined, latencyMs: 0 })
    expect(await takeFault('getPayment')).toStrictEqual({ fail: 'downstream', latencyMs: 0 })
    expect((await getFaultSettings()).failures).toStrictEqual({ kind: 'next', remaining: 1 })
    expect(await takeFault('getPayment')).toStrictEqual({ fail: 'downstream', latencyMs: 0 })
    expect(await takeFault('getPayment')).toStrictEqual({ fail: undefined, latencyMs: 0 })
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })

  it('keeps the latency once the failures have run out', async () => {
    await setFaultSettings({ ...next(1), latencyMs: 40 })
    expect(await takeFault('createPayment')).toStrictEqual({ fail: 'downstream', latencyMs: 40 })
    expect(await takeFault('createPayment')).toStrictEqual({ fail: undefined, latencyMs: 40 })
    expect(await getFaultSettings()).toStrictEqual({ ...NO_FAULTS, latencyMs: 40 })
  })

  it('fails by percentage using the random source it is given', async () => {
    await setFaultSettings({ ...NO_FAULTS, failures: { kind: 'percentage', percent: 50 } })
    expect((await takeFault('createPayment', () => 0.49)).fail).toBe('downstream')
    expect((await takeFault('createPayment', () => 0.5)).fail).toBeUndefined()
  })
})

describe('faults for one service', () => {
  it('are kept under the service’s own key, listed after the ones for every service, and all turned off at once', async () => {
    const trainee = await createService('Trainee 1')
    await setFaultSettings(next(2), trainee.id)
    await setFaultSettings({ ...NO_FAULTS, latencyMs: 100 })
    expect((await sim.db().meta.get(faultsMetaKey(trainee.id)))?.value).toStrictEqual(next(2))
    expect(await listActiveFaults()).toStrictEqual([
      { serviceId: null, settings: { ...NO_FAULTS, latencyMs: 100 } },
      { serviceId: trainee.id, settings: next(2) },
    ])
    await turnOffAllFaults()
    expect(await listActiveFaults()).toStrictEqual([])
  })

  it('are refused for a service that does not exist', async () => {
    await expect(setFaultSettings(next(1), 'no-such-service')).rejects.toMatchObject({ field: 'service' })
  })

  it('decide for that service’s requests only', async () => {
    const trainee = await createService('Trainee 2')
    await setFaultSettings(next(1), trainee.id)
    expect(await takeFault('getPayment', Math.random, 'another')).toStrictEqual({ fail: undefined, latencyMs: 0 })
    expect(await takeFault('getPayment')).toStrictEqual({ fail: undefined, latencyMs: 0 })
    expect(await takeFault('getPayment', Math.random, trainee.id)).toStrictEqual({ fail: 'downstream', latencyMs: 0 })
    expect(await getFaultSettings(trainee.id)).toStrictEqual(NO_FAULTS)
  })
})
