// Creating a key from the start page: for the current service, with a name that says where it came
// from, and remembered by this browser (where the person chose to keep new keys) so the API
// explorer can send requests with it.
import { rememberNewKey, type KeyPersistence } from '../../lib/remembered-keys.ts'
import { createApiKey } from '../../simulator/services/api-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'

export const START_PAGE_KEY_NAME = 'Key created from the start page'

export interface StartPageKey {
  key: string
  /** Where this browser remembers the key for the explorer; undefined when it could not keep it. */
  rememberedIn?: KeyPersistence
}

export async function createKeyForCurrentService(): Promise<StartPageKey> {
  const service = await ensureCurrentService()
  const { key } = await createApiKey(service.id, START_PAGE_KEY_NAME)
  return { key, rememberedIn: rememberNewKey(key) }
}
