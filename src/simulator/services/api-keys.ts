// API keys: created for a service and shown once, stored only as a hash, revoked at once.
import { newId } from '../model/ids.ts'
import type { ApiKeyRecord, ServiceRecord } from '../model/types.ts'
import { generateApiKey, hashApiKey, hasValidChecksum } from './api-key-format.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'

export const MAX_KEY_NAME_LENGTH = 50
const LAST_USED_RESOLUTION_MS = 60_000

export class ApiKeyNameError extends Error {
  override name = 'ApiKeyNameError'
}

function checkName(name: string): string {
  const trimmed = name.trim()
  // The real admin site's messages for the "API key name" field.
  if (trimmed === '') throw new ApiKeyNameError('Enter the API key name')
  if (trimmed.length > MAX_KEY_NAME_LENGTH) throw new ApiKeyNameError(`Name must be ${MAX_KEY_NAME_LENGTH} characters or fewer`)
  return trimmed
}

export interface CreatedApiKey {
  /** The full key. It is returned here once and never stored. */
  key: string
  record: ApiKeyRecord
}

export async function createApiKey(serviceId: string, name: string): Promise<CreatedApiKey> {
  const checkedName = checkName(name)
  const key = await generateApiKey()
  const hash = await hashApiKey(key)
  const record = await inTransaction(async () => {
    if (!(await database().services.get(serviceId))) throw new ApiKeyNameError(`There is no service with the id ${serviceId}`)
    const created: ApiKeyRecord = { id: newId(), serviceId, name: checkedName, hash, createdAt: await now() }
    await database().apiKeys.add(created)
    return created
  })
  return { key, record }
}

export async function revokeApiKeyById(keyId: string): Promise<ApiKeyRecord> {
  return inTransaction(async () => {
    const record = await database().apiKeys.get(keyId)
    if (!record) throw new ApiKeyNameError('There is no such API key')
    if (record.revokedAt === undefined) {
      record.revokedAt = await now()
      await database().apiKeys.put(record)
    }
    return record
  })
}

/** Revokes a key given in full. Returns false when no such key exists or it was already revoked. */
export async function revokeApiKey(key: string): Promise<boolean> {
  const hash = await hashApiKey(key)
  return inTransaction(async () => {
    const record = await database().apiKeys.where('hash').equals(hash).first()
    if (!record || record.revokedAt !== undefined) return false
    record.revokedAt = await now()
    await database().apiKeys.put(record)
    return true
  })
}

export async function renameApiKey(keyId: string, name: string): Promise<ApiKeyRecord> {
  const checkedName = checkName(name)
  return inTransaction(async () => {
    const record = await database().apiKeys.get(keyId)
    if (!record) throw new ApiKeyNameError('There is no such API key')
    record.name = checkedName
    await database().apiKeys.put(record)
    return record
  })
}

/** One key's record (never the key itself); undefined if there is no such key. */
export function getApiKey(keyId: string): Promise<ApiKeyRecord | undefined> {
  return database().apiKeys.get(keyId)
}

export async function listApiKeys(serviceId: string): Promise<ApiKeyRecord[]> {
  const keys = await database().apiKeys.where('serviceId').equals(serviceId).toArray()
  return keys.sort((a, b) => b.createdAt - a.createdAt)
}

export type KeyCheck =
  | { result: 'malformed' }
  | { result: 'unknown' }
  | { result: 'ok'; service: ServiceRecord; key: ApiKeyRecord }

/** Checks a presented key the way the real API does: checksum first, then an active-key lookup. */
export async function authenticateApiKey(key: string): Promise<KeyCheck> {
  if (!(await hasValidChecksum(key))) return { result: 'malformed' }
  const hash = await hashApiKey(key)
  const db = database()
  // A read-only look-up, so requests from several tabs can check keys side by side.
  const found = await db.transaction('r', [db.apiKeys, db.services, db.meta], async () => {
    const record = await db.apiKeys.where('hash').equals(hash).first()
    if (!record || record.revokedAt !== undefined) return undefined
    const [service, at] = await Promise.all([db.services.get(record.serviceId), now()])
    return service ? { record, service, at } : undefined
  })
  if (!found) return { result: 'unknown' }
  const { record, service, at } = found
  if (record.lastUsedAt === undefined || at - record.lastUsedAt > LAST_USED_RESOLUTION_MS) {
    await db.apiKeys.update(record.id, { lastUsedAt: at })
    record.lastUsedAt = at
  }
  return { result: 'ok', service, key: record }
}
