// Key shape (pay-api-contract.md §1.1, docs/decisions/006): `api_test_` + 26-character id + the
// lower-case unpadded base32hex HMAC-SHA1 of everything before it (32 characters).
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateApiKey, hashApiKey, hasValidChecksum } from '../../../../src/simulator/services/api-key-format.ts'

const SECRET = 'gov-uk-pay-playground-simulation'

/** RFC 4648 base32hex, lower case, no padding: an independent implementation. */
function base32hex(bytes: Buffer): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv'
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('')
  let out = ''
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)]
  return out
}

const sign = (token: string) => token + base32hex(createHmac('sha1', SECRET).update(token).digest())

describe('generateApiKey', () => {
  it('is api_test_, a 26-character id and a 32-character checksum', async () => {
    const key = await generateApiKey()
    expect(key).toMatch(/^api_test_[0-9a-v]{26}[0-9a-v]{32}$/)
    expect(key).toHaveLength(9 + 26 + 32)
  })

  it('signs with HMAC-SHA1 in base32hex', async () => {
    const key = await generateApiKey()
    expect(key).toBe(sign(key.slice(0, -32)))
  })

  it('is different every time', async () => {
    const keys = new Set(await Promise.all(Array.from({ length: 20 }, () => generateApiKey())))
    expect(keys.size).toBe(20)
  })
})

describe('hasValidChecksum', () => {
  it('accepts a generated key and any token signed the same way', async () => {
    expect(await hasValidChecksum(await generateApiKey())).toBe(true)
    expect(await hasValidChecksum(sign('api_live_whatever'))).toBe(true)
    expect(await hasValidChecksum(sign('x'))).toBe(true)
  })

  it('refuses a key with a changed character anywhere', async () => {
    const key = await generateApiKey()
    for (const at of [0, 9, 20, key.length - 32, key.length - 1]) {
      const changed = key.slice(0, at) + (key[at] === 'a' ? 'b' : 'a') + key.slice(at + 1)
      expect(await hasValidChecksum(changed), `changed at ${at}`).toBe(false)
    }
  })

  it('refuses an upper-case checksum (it must be lower case)', async () => {
    const key = await generateApiKey()
    const upper = key.slice(0, -32) + key.slice(-32).toUpperCase()
    expect(upper).not.toBe(key)
    expect(await hasValidChecksum(upper)).toBe(false)
  })

  it('refuses keys shorter than 33 characters, even a bare checksum', async () => {
    const bare = base32hex(createHmac('sha1', SECRET).update('').digest())
    expect(bare).toHaveLength(32)
    expect(await hasValidChecksum(bare)).toBe(false)
    expect(await hasValidChecksum('')).toBe(false)
    expect(await hasValidChecksum('api_test_short')).toBe(false)
  })

  it('refuses a real-looking key signed with another secret', async () => {
    const token = 'api_test_0123456789abcdefghijklmnop'
    const foreign = token + base32hex(createHmac('sha1', 'another secret').update(token).digest())
    expect(await hasValidChecksum(foreign)).toBe(false)
  })
})

describe('hashApiKey', () => {
  it('is the SHA-256 of the key in lower-case hex', async () => {
    const key = await generateApiKey()
    expect(await hashApiKey(key)).toBe(createHash('sha256').update(key).digest('hex'))
    expect(await hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/)
  })
})
