// Returning the playground to its first-run state: one "My test service" with the settings a new
// test account has, no keys, no payments, the clock back to real time.
import type { ServiceRecord } from '../model/types.ts'
import { database, inTransaction } from './runtime.ts'
import { ensureCurrentService } from './service-accounts.ts'

export function resetPlayground(): Promise<ServiceRecord> {
  return inTransaction(async () => {
    await Promise.all(database().tables.map((table) => table.clear()))
    return ensureCurrentService()
  })
}
