// Services for a class, made in one go: "Trainee 1" to "Trainee N", each with an API key returned
// once (the playground keeps only its hash), for a trainer to print and hand out.
import { createApiKey } from './api-keys.ts'
import { createService, listServices, MAX_SERVICE_NAME_LENGTH, ServiceNameError } from './service-accounts.ts'
import type { ServiceRecord } from '../model/types.ts'

export const MAX_TRAINEES = 50
export const DEFAULT_TRAINEE_PREFIX = 'Trainee'
export const TRAINEE_KEY_NAME = 'Trainee key'

export class TraineeCountError extends RangeError {
  override name = 'TraineeCountError'
}

export interface TraineeService {
  service: ServiceRecord
  /** the full key, shown once */
  key: string
}

/** The number after the prefix in the services already called "<prefix> <n>", so numbering carries on. */
function highestNumber(services: readonly ServiceRecord[], prefix: string): number {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)$`)
  return services.reduce((highest, service) => Math.max(highest, Number(pattern.exec(service.name)?.[1] ?? 0)), 0)
}

/**
 * Creates `count` services named "<prefix> 1"… (numbering carries on after any that exist), each
 * with one API key. Services are created one after another; if one fails, those made before stay.
 */
export async function createTraineeServices(count: number, prefix = DEFAULT_TRAINEE_PREFIX): Promise<TraineeService[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_TRAINEES) {
    throw new TraineeCountError(`The number of trainees must be a whole number from 1 to ${MAX_TRAINEES}`)
  }
  const name = prefix.trim()
  if (name === '') throw new ServiceNameError('Enter the start of the services’ names')
  const first = highestNumber(await listServices(), name) + 1
  if (`${name} ${first + count - 1}`.length > MAX_SERVICE_NAME_LENGTH) {
    throw new ServiceNameError(`The services’ names must be ${MAX_SERVICE_NAME_LENGTH} characters or fewer, with their numbers`)
  }
  const made: TraineeService[] = []
  for (let number = first; number < first + count; number++) {
    const service = await createService(`${name} ${number}`)
    const { key } = await createApiKey(service.id, TRAINEE_KEY_NAME)
    made.push({ service, key })
  }
  return made
}
