// Opening a scenario (scenario-format.ts) in this browser: first a preview that says everything it
// will add and replace, then, in one transaction, a new service with the scenario's settings, its
// demo payments, refunds, disputes and agreements under new ids (their times moved so they are as old
// as when saved: scenario-records.ts), its
// lessons and faults, and the scenario's clock offset. Nothing already here is deleted or changed,
// except the clock (shared by every service) and which service is current.
import { newId } from '../model/ids.ts'
import type { ServiceRecord } from '../model/types.ts'
import { CLOCK_OFFSET_META_KEY, clockOffset } from './clock.ts'
import { readExport, type ImportableExport } from './export-validation.ts'
import { faultsMetaKey, type FaultSettings } from './faults.ts'
import { LESSONS_META } from './lesson-progress.ts'
import { database, inTransaction } from './runtime.ts'
import { type Scenario, ScenarioRefusedError } from './scenario-format.ts'
import { movedRecords } from './scenario-records.ts'
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
    const records = movedRecords(data.tables, created.id, by)
    await Promise.all([
      db.payments.bulkAdd(records.payments),
      db.refunds.bulkAdd(records.refunds),
      db.disputes.bulkAdd(records.disputes),
      db.agreements.bulkAdd(records.agreements),
      db.paymentInstruments.bulkAdd(records.paymentInstruments),
    ])
    await db.meta.put({ key: serviceMetaKey(LESSONS_META, created.id), value: { since: { simulated: at, real: Date.now() }, completed: {}, selection: scenario.lessons } })
    if (scenario.faults) await db.meta.put({ key: faultsMetaKey(created.id), value: scenario.faults })
    await db.meta.put({ key: CURRENT_SERVICE_META_KEY, value: created.id })
    return created
  })
}
