// API keys: created for a service and shown once, stored only as a SHA-256 hash, revoked at once
// (pay-api-contract.md §1.1; docs/decisions/006-api-keys.md).
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ApiKeyNameError,
  authenticateApiKey,
  createApiKey,
  getApiKey,
  listApiKeys,
  MAX_KEY_NAME_LENGTH,
  renameApiKey,
  revokeApiKey,
  revokeApiKeyById,
} from '../../../../src/simulator/services/api-keys.ts'
import { generateApiKey, hashApiKey } from '../../../../src/simulator/services/api-key-format.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { createService, ensureCurrentService } from '../../../../src/simulator/services/service-accounts.ts'
import { api, useSimulator, validPayment } from '../../../support/simulator.ts'

const sim = useSimulator()

afterEach(() => {
  vi.restoreAllMocks()
})

async function serviceId(): Promise<string> {
  return (await ensureCurrentService()).id
}

describe('createApiKey', () => {
  it('returns a key in the real shape, once, with its record', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'Production server')
    expect(key).toMatch(/^api_test_[0-9a-v]{58}$/)
    expect(record).toMatchObject({ serviceId: await serviceId(), name: 'Production server' })
    expect(record.id).toMatch(/^[0-9a-v]{26}$/)
    expect(record.revokedAt).toBeUndefined()
  })

  it('stores only the SHA-256 hash: no stored field holds the key or its random part', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'My key')
    const stored = await sim.db().apiKeys.get(record.id)
    expect(stored).toBeDefined()
    expect(stored?.hash).toBe(await hashApiKey(key))
    expect(Object.keys(stored!).sort()).toEqual(['createdAt', 'hash', 'id', 'name', 'serviceId'])
    const token = key.slice('api_test_'.length, -32)
    const checksum = key.slice(-32)
    for (const table of sim.db().tables) {
      const dump = JSON.stringify(await table.toArray())
      expect(dump, table.name).not.toContain(key)
      expect(dump, table.name).not.toContain(token)
      expect(dump, table.name).not.toContain(checksum)
    }
  })

  it('makes a key the API accepts at once', async () => {
    const { key } = await createApiKey(await serviceId(), 'k')
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(created.status).toBe(201)
  })

  it('trims the name', async () => {
    const { record } = await createApiKey(await serviceId(), '   Spaced name  ')
    expect(record.name).toBe('Spaced name')
  })

  it.each([
    ['', 'Enter the API key name'],
    ['   ', 'Enter the API key name'],
    ['x'.repeat(MAX_KEY_NAME_LENGTH + 1), 'Name must be 50 characters or fewer'],
  ])('refuses the name %j: %s', async (name, message) => {
    const id = await serviceId()
    const error = await createApiKey(id, name).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiKeyNameError)
    expect((error as Error).message).toBe(message)
    expect(await sim.db().apiKeys.count()).toBe(0)
  })

  it('accepts a name of exactly 50 characters (after trimming)', async () => {
    expect(MAX_KEY_NAME_LENGTH).toBe(50)
    const { record } = await createApiKey(await serviceId(), ` ${'n'.repeat(50)} `)
    expect(record.name).toBe('n'.repeat(50))
  })

  it('refuses a service that does not exist', async () => {
    await expect(createApiKey('0'.repeat(26), 'k')).rejects.toBeInstanceOf(ApiKeyNameError)
    expect(await sim.db().apiKeys.count()).toBe(0)
  })
})

describe('authenticateApiKey', () => {
  it('finds the service of a key and notes when it was last used', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'k')
    const check = await authenticateApiKey(key)
    expect(check.result).toBe('ok')
    if (check.result !== 'ok') return
    expect(check.service.id).toBe(await serviceId())
    expect(check.key.id).toBe(record.id)
    expect((await sim.db().apiKeys.get(record.id))?.lastUsedAt).toBeTypeOf('number')
  })

  it('updates last used at most once a minute', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'k')
    await authenticateApiKey(key)
    const first = (await sim.db().apiKeys.get(record.id))?.lastUsedAt
    await authenticateApiKey(key)
    expect((await sim.db().apiKeys.get(record.id))?.lastUsedAt).toBe(first)
    await advanceClock({ minutes: 2 })
    await authenticateApiKey(key)
    expect((await sim.db().apiKeys.get(record.id))?.lastUsedAt).toBeGreaterThan(first!)
  })

  it('calls a key with a bad checksum malformed, without looking it up', async () => {
    const { key } = await createApiKey(await serviceId(), 'k')
    const tampered = key.slice(0, 12) + (key[12] === 'a' ? 'b' : 'a') + key.slice(13)
    const lookup = vi.spyOn(sim.db().apiKeys, 'where')
    expect(await authenticateApiKey(tampered)).toEqual({ result: 'malformed' })
    expect(await authenticateApiKey('')).toEqual({ result: 'malformed' })
    expect(lookup).not.toHaveBeenCalled()
  })

  it('calls a well-formed key that was never issued unknown', async () => {
    expect(await authenticateApiKey(await generateApiKey())).toEqual({ result: 'unknown' })
  })

  it('calls a key unknown once its service is gone', async () => {
    const service = await createService('Short-lived')
    const { key } = await createApiKey(service.id, 'k')
    await sim.db().services.delete(service.id)
    expect(await authenticateApiKey(key)).toEqual({ result: 'unknown' })
  })
})

describe('revoking', () => {
  it('takes effect at once: the next request gets 401 "Credentials are required…"', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'k')
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    const revoked = await revokeApiKeyById(record.id)
    expect(revoked.revokedAt).toBeTypeOf('number')
    expect(await authenticateApiKey(key)).toEqual({ result: 'unknown' })
    const refused = await api('GET', '/v1/payments', { key })
    expect(refused.status).toBe(401)
    expect(refused.text).toBe('Credentials are required to access this resource.')
  })

  it('keeps the first revocation time when revoked again', async () => {
    const { record } = await createApiKey(await serviceId(), 'k')
    const first = (await revokeApiKeyById(record.id)).revokedAt
    await advanceClock({ hours: 1 })
    expect((await revokeApiKeyById(record.id)).revokedAt).toBe(first)
  })

  it('revokes a key given in full, and says false for a key it does not know', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'k')
    expect(await revokeApiKey(key)).toBe(true)
    expect((await sim.db().apiKeys.get(record.id))?.revokedAt).toBeTypeOf('number')
    expect(await revokeApiKey(await generateApiKey())).toBe(false)
  })

  it('leaves other keys of the service working', async () => {
    const id = await serviceId()
    const a = await createApiKey(id, 'a')
    const b = await createApiKey(id, 'b')
    await revokeApiKeyById(a.record.id)
    expect((await authenticateApiKey(b.key)).result).toBe('ok')
  })

  it('refuses an unknown key id', async () => {
    await expect(revokeApiKeyById('0'.repeat(26))).rejects.toBeInstanceOf(ApiKeyNameError)
  })
})

describe('renameApiKey and listApiKeys', () => {
  it('renames with the same name rules', async () => {
    const { record } = await createApiKey(await serviceId(), 'old')
    expect((await renameApiKey(record.id, '  new  ')).name).toBe('new')
    await expect(renameApiKey(record.id, ' ')).rejects.toBeInstanceOf(ApiKeyNameError)
    expect((await sim.db().apiKeys.get(record.id))?.name).toBe('new')
  })

  it("lists a service's keys newest first, and no other service's", async () => {
    const id = await serviceId()
    const other = await createService('Other')
    await createApiKey(id, 'first')
    await advanceClock({ minutes: 1 })
    await createApiKey(id, 'second')
    await createApiKey(other.id, 'elsewhere')
    expect((await listApiKeys(id)).map((k) => k.name)).toEqual(['second', 'first'])
    expect((await listApiKeys(other.id)).map((k) => k.name)).toEqual(['elsewhere'])
  })
})

describe('getApiKey', () => {
  it("gives a key's record, never the key itself, and undefined for an unknown id", async () => {
    const { key, record } = await createApiKey(await serviceId(), 'k')
    const found = await getApiKey(record.id)
    expect(found?.name).toBe('k')
    expect(JSON.stringify(found)).not.toContain(key)
    expect(await getApiKey('0'.repeat(26))).toBeUndefined()
  })
})
