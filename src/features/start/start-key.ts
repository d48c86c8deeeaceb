// Creating a key from the start page: for the current service, with a name that says where it came from.
import { createApiKey } from '../../simulator/services/api-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'

export const START_PAGE_KEY_NAME = 'Key created from the start page'

export async function createKeyForCurrentService(): Promise<string> {
  const service = await ensureCurrentService()
  return (await createApiKey(service.id, START_PAGE_KEY_NAME)).key
}
