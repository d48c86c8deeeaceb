// Which remembered keys can be offered: those whose hash matches an active (not revoked) key of
// the current service. The rest are counted, so the explorer can say why they are not listed.
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { hashApiKey } from '../../../simulator/services/api-key-format.ts'
import { listApiKeys } from '../../../simulator/services/api-keys.ts'
import { rememberedKeys, type KeyPersistence } from './remembered-keys.ts'

export interface UsableKey {
  key: string
  hash: string
  record: ApiKeyRecord
  persistence: KeyPersistence
}

export interface ResolvedKeys {
  usable: UsableKey[]
  /** Remembered keys that were revoked or belong to another service. */
  unusable: string[]
}

export async function resolveRememberedKeys(serviceId: string): Promise<ResolvedKeys> {
  const active = (await listApiKeys(serviceId)).filter((record) => record.revokedAt === undefined)
  const usable: UsableKey[] = []
  const unusable: string[] = []
  for (const { key, persistence } of rememberedKeys()) {
    const hash = await hashApiKey(key)
    const record = active.find((candidate) => candidate.hash === hash)
    if (record) usable.push({ key, hash, record, persistence })
    else unusable.push(key)
  }
  return { usable, unusable }
}

/** A key's last characters, enough to tell keys apart without showing them. */
export const keyEnding = (key: string): string => key.slice(-4)
