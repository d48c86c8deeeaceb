// Saving one service as a scenario (scenario-format.ts): its record, payments, refunds and disputes
// as an export document, the lessons chosen for it, the faults that apply to it and the clock's offset.
import { ALL_TABLES } from '../store/database.ts'
import { clockOffset, now, toIsoMillis } from './clock.ts'
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportTables } from './export-format.ts'
import { faultsActive, getFaultSettings } from './faults.ts'
import { getLessonProgress } from './lesson-progress.ts'
import { database } from './runtime.ts'
import { MAX_SCENARIO_NAME_LENGTH, SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario, ScenarioRefusedError } from './scenario-format.ts'

/** More payments than this go in an export, not a scenario. */
export const MAX_SCENARIO_PAYMENTS = 5_000

const between = (serviceId: string): [unknown[], unknown[]] => [
  [serviceId, -Infinity],
  [serviceId, Infinity],
]

export async function saveScenario(serviceId: string, name: string): Promise<Scenario> {
  const title = name.trim()
  if (title === '') throw new ScenarioRefusedError('Enter a name for the scenario')
  if (title.length > MAX_SCENARIO_NAME_LENGTH) throw new ScenarioRefusedError(`The scenario’s name must be ${MAX_SCENARIO_NAME_LENGTH} characters or fewer`)
  const db = database()
  const service = await db.services.get(serviceId)
  if (!service) throw new ScenarioRefusedError(`There is no service with the id ${serviceId}`)
  const count = await db.payments.where('[serviceId+createdAt]').between(...between(serviceId)).count()
  if (count > MAX_SCENARIO_PAYMENTS) {
    throw new ScenarioRefusedError(
      `${service.name} has ${count.toLocaleString('en-GB')} payments: a scenario holds ${MAX_SCENARIO_PAYMENTS.toLocaleString('en-GB')} at most. Use Export on the simulator tools page for more.`,
    )
  }
  const [payments, refunds, disputes, progress, own, every, offset, at] = await Promise.all([
    db.payments.where('[serviceId+createdAt]').between(...between(serviceId)).toArray(),
    db.refunds.where('[serviceId+createdAt]').between(...between(serviceId)).toArray(),
    db.disputes.where('[serviceId+createdAt]').between(...between(serviceId)).toArray(),
    getLessonProgress(serviceId),
    getFaultSettings(serviceId),
    getFaultSettings(null),
    clockOffset(),
    now(),
  ])
  // Every table the running schema exports, empty but for the service's own records, so a later
  // schema's new tables are there too.
  const tables = Object.fromEntries(ALL_TABLES.map((table) => [table, []])) as unknown as ExportTables
  Object.assign(tables, { services: [service], payments, refunds, disputes })
  const faults = faultsActive(own) ? own : faultsActive(every) ? every : null
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name: title,
    savedAt: new Date().toISOString(),
    lessons: progress.selection,
    clockOffsetMs: offset,
    faults,
    data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), simulatedTime: toIsoMillis(at), schemaVersion: db.verno, tables },
  }
}
