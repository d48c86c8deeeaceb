// Opening a scenario (scenario-format.ts) in this browser: first a preview that says everything it
// will add and replace, then, in one transaction, a new service with the scenario's settings, its
// demo payments, refunds and disputes under new ids (their times moved so they are as old as when saved), its
// lessons and faults, and the scenario's clock offset. Nothing already here is deleted or changed,
// except the clock (shared by every service) and which service is current.
import type { DisputeRecord } from '../model/dispute-types.ts'
import { newId } from '../model/ids.ts'
import type { PaymentRecord, RefundRecord, ServiceRecord } from '../model/types.ts'
import { CLOCK_OFFSET_META_KEY, clockOffset, toIsoDate } from './clock.ts'
import { readExport, type ImportableExport } from './export-validation.ts'
import { faultsMetaKey, type FaultSettings } from './faults.ts'
import { LESSONS_META } from './lesson-progress.ts'
import { database, inTransaction } from './runtime.ts'
import { type Scenario, ScenarioRefusedError } from './scenario-format.ts'
import { CURRENT_SERVICE_META_KEY, ensureCurrentService, listServices, MAX_SERVICE_NAME_LENGTH } from './service-accounts.ts'
import { serviceMetaKey } from './service-data.ts'

export interface ScenarioPreview {
  scenario: Scenario
  /** the new service's name: the scenario's, numbered when a service of that name exists */
  serviceName: string
  payments: number
  refunds: number
  lessons: string[] | null
  faults: FaultSettings | null
  /** the clock's offset now and in the scenario */
  clock: { from: number; to: number }
  /** the service that stops being current */
  currentServiceName: string
  /** how many services this browser has now (all kept) */
  services: number
}

/** The scenario's data, checked by the export checks, with its one service. */
function readData(scenario: Scenario): { data: ImportableExport; service: ServiceRecord } {
  let data: ImportableExport
  try {
    data = readExport(JSON.stringify(scenario.data), database().verno)
  } catch (error) {
    throw new ScenarioRefusedError(`The scenario’s data cannot be used: ${(error as Error).message}`)
  }
  const [service, ...others] = data.tables.services
  if (!service || others.length > 0) throw new ScenarioRefusedError('A scenario holds exactly one service.')
  return { data, service }
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  for (let number = 2; ; number++) {
    const suffix = ` (${number})`
    const candidate = `${name.slice(0, MAX_SERVICE_NAME_LENGTH - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

export async function previewScenario(scenario: Scenario): Promise<ScenarioPreview> {
  const { data, service } = readData(scenario)
  const [services, current, offset] = await Promise.all([listServices(), ensureCurrentService(), clockOffset()])
  return {
    scenario,
    serviceName: uniqueName(service.name, new Set(services.map((other) => other.name))),
    payments: data.tables.payments.length,
    refunds: data.tables.refunds.length,
    lessons: scenario.lessons,
    faults: scenario.faults,
    clock: { from: offset, to: scenario.clockOffsetMs },
    currentServiceName: current.name,
    services: services.length,
  }
}

const shift = (at: number | undefined, by: number) => (at === undefined ? undefined : at + by)

function movePayment(payment: PaymentRecord, serviceId: string, id: string, by: number): PaymentRecord {
  const moved: PaymentRecord = {
    ...payment,
    id,
    serviceId,
    createdAt: payment.createdAt + by,
    updatedAt: payment.updatedAt + by,
    history: payment.history.map((step) => ({ ...step, at: step.at + by })),
  }
  if (payment.expiresAt !== undefined) moved.expiresAt = shift(payment.expiresAt, by)
  if (payment.captureSubmitTime !== undefined) moved.captureSubmitTime = shift(payment.captureSubmitTime, by)
  if (payment.capturedDate !== undefined) moved.capturedDate = toIsoDate(Date.parse(payment.capturedDate) + by)
  return moved
}

/** Opens the scenario as a new, current service; returns it. */
export async function openScenario(scenario: Scenario): Promise<ServiceRecord> {
  const { data, service } = readData(scenario)
  return inTransaction(async () => {
    const db = database()
    const taken = new Set((await db.services.toArray()).map((other) => other.name))
    await db.meta.put({ key: CLOCK_OFFSET_META_KEY, value: scenario.clockOffsetMs })
    const at = Date.now() + scenario.clockOffsetMs
    const by = data.simulatedTime === undefined ? 0 : at - Date.parse(data.simulatedTime)
    const created: ServiceRecord = { ...service, id: newId(), name: uniqueName(service.name, taken), createdAt: at }
    await db.services.add(created)
    const ids = new Map(data.tables.payments.map((payment) => [payment.id, newId()]))
    await db.payments.bulkAdd(data.tables.payments.map((payment) => movePayment(payment, created.id, ids.get(payment.id)!, by)))
    await db.refunds.bulkAdd(
      data.tables.refunds.map((refund): RefundRecord => ({
        ...refund,
        id: newId(),
        paymentId: ids.get(refund.paymentId)!,
        serviceId: created.id,
        createdAt: refund.createdAt + by,
        history: refund.history.map((step) => ({ ...step, at: step.at + by })),
      })),
    )
    await db.disputes.bulkAdd(
      data.tables.disputes.map((dispute): DisputeRecord => ({
        ...dispute,
        id: newId(),
        paymentId: ids.get(dispute.paymentId)!,
        serviceId: created.id,
        createdAt: dispute.createdAt + by,
        evidenceDueAt: dispute.evidenceDueAt + by,
        history: dispute.history.map((step) => ({ ...step, at: step.at + by })),
      })),
    )
    await db.meta.put({ key: serviceMetaKey(LESSONS_META, created.id), value: { since: { simulated: at, real: Date.now() }, completed: {}, selection: scenario.lessons } })
    if (scenario.faults) await db.meta.put({ key: faultsMetaKey(created.id), value: scenario.faults })
    await db.meta.put({ key: CURRENT_SERVICE_META_KEY, value: created.id })
    return created
  })
}
