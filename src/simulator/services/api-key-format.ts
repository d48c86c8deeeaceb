// API keys in the real service's shape: `api_test_`, a random token, then a 32-character checksum
// (HMAC-SHA1 of everything before it, in lower-case unpadded base32hex). The real API rejects a key
// whose checksum is wrong before looking it up; the playground signs its keys with its own secret.
import { newId } from '../model/ids.ts'

const CHECKSUM_LENGTH = 32
const KEY_PREFIX = 'api_test_'
const PLAYGROUND_SECRET = 'gov-uk-pay-playground-simulation'
const BASE32HEX = '0123456789abcdefghijklmnopqrstuv'

const encoder = new TextEncoder()

function base32hex(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32HEX[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32HEX[(value << (5 - bits)) & 31]
  return out
}

let signingKey: Promise<CryptoKey> | undefined

async function checksum(token: string): Promise<string> {
  signingKey ??= crypto.subtle.importKey(
    'raw',
    encoder.encode(PLAYGROUND_SECRET),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign('HMAC', await signingKey, encoder.encode(token))
  return base32hex(new Uint8Array(mac))
}

export async function generateApiKey(): Promise<string> {
  const token = KEY_PREFIX + newId()
  return token + (await checksum(token))
}

/**
 * Remembers the last few answers for each function, so a client sending the same key on every
 * request does not pay for an HMAC and a SHA-256 each time. Both answers depend only on the key.
 */
function remembered<T>(compute: (key: string) => Promise<T>, size = 64): (key: string) => Promise<T> {
  const answers = new Map<string, Promise<T>>()
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = compute(key)
      if (answers.size >= size) answers.delete(answers.keys().next().value as string)
      answers.set(key, answer)
    }
    return answer
  }
}

/** Whether the key passes the checksum check the real API makes before any lookup. */
export const hasValidChecksum = remembered(checksumMatches)

async function checksumMatches(key: string): Promise<boolean> {
  if (key.length < CHECKSUM_LENGTH + 1) return false
  const token = key.slice(0, -CHECKSUM_LENGTH)
  return (await checksum(token)) === key.slice(-CHECKSUM_LENGTH)
}

/** The stored form of a key: SHA-256, hex. */
export const hashApiKey = remembered(sha256Hex)

async function sha256Hex(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(key))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
