// Notices an error answer that the operation registry does not describe. The playground still
// answers it, and says so in the console; the tests fail on any such answer (test/setup-*.ts), so
// the registry and the simulator cannot drift apart unseen.
import type { PayApiError } from '../model/errors.ts'
import { matchError } from '../operations/errors/match.ts'
import type { OperationSpec } from '../operations/operation.ts'

export interface UnregisteredError {
  operation: string
  status: number
  body: Record<string, string>
}

const unregistered: UnregisteredError[] = []

export function checkRegistered(operation: OperationSpec, error: PayApiError): void {
  const body = error.toJSON()
  if (matchError(operation, error.status, { code: error.code, ...body })) return
  unregistered.push({ operation: operation.id, status: error.status, body })
  console.error(`${operation.id} answered ${error.status} ${JSON.stringify(body)}, which the operation registry does not describe`)
}

/** The answers noticed since the last call, which are forgotten. */
export function takeUnregisteredErrors(): UnregisteredError[] {
  return unregistered.splice(0)
}
