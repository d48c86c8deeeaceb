// Scenarios: one service saved with its settings, demo data, lessons, faults and clock, handed on
// as a short link, and opened in another browser as a new service — never replacing what is there.
import { describe, expect, it } from 'vitest'
import { advanceClock, clockOffset, now } from '../../../../src/simulator/services/clock.ts'
import { moveDispute, raiseDispute } from '../../../../src/simulator/services/disputes.ts'
import { getFaultSettings, setFaultSettings } from '../../../../src/simulator/services/faults.ts'
import { getLessonProgress, setLessonSelection } from '../../../../src/simulator/services/lesson-progress.ts'
import { resetPlayground } from '../../../../src/simulator/services/reset.ts'
import { decodeScenario, encodeScenario, MAX_LINK_DATA_LENGTH, ScenarioRefusedError } from '../../../../src/simulator/services/scenario-format.ts'
import { openScenario, previewScenario } from '../../../../src/simulator/services/scenario-open.ts'
import { saveScenario } from '../../../../src/simulator/services/scenario-save.ts'
import { createService, ensureCurrentService, listServices, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { countServiceData } from '../../../../src/simulator/services/service-data.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { refund } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

const FAULTS = { failWith: 'rate-limited', failures: { kind: 'next', remaining: 2 }, operation: null, latencyMs: 0 } as const

/** A trainer's service: changed settings, a refunded payment and an open one, two lessons, a fault, the clock 2 hours on. */
async function trainersService() {
  const service = await createService('Fishing training')
  await updateService(service.id, { settings: { delayedCapture: true, emailCollectionMode: 'OFF' } })
  const paid = await paymentIn('success', { serviceId: service.id, amount: 3000 })
  await paymentIn('started', { serviceId: service.id })
  await refund(paid.id, 1000, service.id)
  await setLessonSelection(service.id, ['create-api-key', 'pay'])
  await setFaultSettings(FAULTS, service.id)
  await advanceClock({ hours: 2 })
  return service
}

describe('a scenario', () => {
  it('goes into a short link and opens in a fresh browser as the same service, data, lessons, faults and clock', async () => {
    const service = await trainersService()
    const ages = (await sim.db().payments.toArray()).map((payment) => payment.createdAt).sort()
    const savedAt = await now()
    const link = encodeScenario(await saveScenario(service.id, 'Refunds session'))
    expect(link.length).toBeLessThan(MAX_LINK_DATA_LENGTH)
    expect(link).toMatch(/^[\w-]+$/)

    await resetPlayground() // another browser: one "My test service", the clock at real time
    const scenario = decodeScenario(link)
    const preview = await previewScenario(scenario)
    expect(preview).toMatchObject({ serviceName: 'Fishing training', payments: 2, refunds: 1, lessons: ['create-api-key', 'pay'], faults: FAULTS, clock: { from: 0, to: 2 * 3_600_000 }, currentServiceName: 'My test service', services: 1 })

    const opened = await openScenario(scenario)
    expect((await ensureCurrentService()).id).toBe(opened.id)
    expect(opened.settings).toMatchObject({ delayedCapture: true, emailCollectionMode: 'OFF' })
    expect(await countServiceData(opened.id)).toStrictEqual({ payments: 2, refunds: 1, apiKeys: 0 })
    expect((await getLessonProgress(opened.id)).selection).toStrictEqual(['create-api-key', 'pay'])
    expect(await getFaultSettings(opened.id)).toStrictEqual(FAULTS)
    expect(await clockOffset()).toBe(2 * 3_600_000)
    expect((await listServices()).map((each) => each.name)).toStrictEqual(['My test service', 'Fishing training'])
    // The demo payments are as old as they were when the scenario was saved (within the test's own time).
    const openedAt = await now()
    const newAges = (await sim.db().payments.toArray()).map((payment) => payment.createdAt).sort()
    newAges.forEach((at, index) => expect(Math.abs(openedAt - at - (savedAt - ages[index]!))).toBeLessThan(5_000))
  })

  it('opened twice makes two services with their own ids, never replacing the first', async () => {
    const service = await trainersService()
    const scenario = decodeScenario(encodeScenario(await saveScenario(service.id, 'Twice')))
    expect((await previewScenario(scenario)).serviceName).toBe('Fishing training (2)')
    const second = await openScenario(scenario)
    expect(second.name).toBe('Fishing training (2)')
    expect(await countServiceData(service.id)).toStrictEqual({ payments: 2, refunds: 1, apiKeys: 0 })
    expect(await countServiceData(second.id)).toStrictEqual({ payments: 2, refunds: 1, apiKeys: 0 })
    expect(await sim.db().payments.count()).toBe(4)
  })

  it('carries the service’s disputes, tied to the new payments, as old as they were when saved', async () => {
    const service = await trainersService()
    const paid = await paymentIn('success', { serviceId: service.id, amount: 2500 })
    const dispute = await raiseDispute(service.id, paid.id, 'duplicate')
    await moveDispute(service.id, dispute.id, 'under_review')
    const age = (await now()) - dispute.createdAt
    const scenario = decodeScenario(encodeScenario(await saveScenario(service.id, 'Disputes')))
    await resetPlayground()
    const opened = await openScenario(scenario)
    const [copy] = await sim.db().disputes.toArray()
    const payment = await sim.db().payments.get(copy!.paymentId)
    expect(copy).toMatchObject({ serviceId: opened.id, amount: 2500, reason: 'duplicate', status: 'under_review' })
    expect(copy!.id).not.toBe(dispute.id)
    expect(payment).toMatchObject({ serviceId: opened.id, reference: paid.reference, disputeStatus: 'under_review' })
    expect(Math.abs((await now()) - copy!.createdAt - age)).toBeLessThan(5_000)
    expect(copy!.evidenceDueAt - copy!.createdAt).toBe(dispute.evidenceDueAt - dispute.createdAt)
  })

  it.each([
    ['a link cut short', 'eNqrVkrLz1eyUkpKLFKqBQA', 'The scenario link is not complete'],
    ['JSON of something else', '{"format":"pay-playground-export"}', 'This is not a playground scenario.'],
    ['a newer version', '{"format":"pay-playground-scenario","version":2}', 'scenario version 2'],
  ])('refuses %s', (_what, text, message) => {
    expect(() => decodeScenario(text)).toThrow(message)
  })

  it('refuses data that the import checks refuse, changing nothing', async () => {
    const service = await trainersService()
    const scenario = await saveScenario(service.id, 'Broken')
    scenario.data.tables.payments[0]!.amount = -5
    const before = await sim.db().payments.count()
    await expect(previewScenario(scenario)).rejects.toThrow(ScenarioRefusedError)
    await expect(openScenario(scenario)).rejects.toThrow(/Record 1 of the “payments” table is not valid/)
    expect(await sim.db().payments.count()).toBe(before)
  })
})
