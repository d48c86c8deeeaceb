// Identifiers shaped like the real service's: payment and refund ids are 130 random bits written in
// base 32 (digits then a–v), left-padded with 0 to 26 characters; hosted-page tokens are UUIDs.

const BASE32_DIGITS = '0123456789abcdefghijklmnopqrstuv'
export const ID_LENGTH = 26

/** 130 random bits in base 32 with no leading zeros, as Java's `new BigInteger(130, random).toString(32)`. */
export function random130Bits(): string {
  const bytes = new Uint8Array(17) // 136 bits; the top 6 are dropped to keep 130
  crypto.getRandomValues(bytes)
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  value &= (1n << 130n) - 1n
  let out = ''
  while (value > 0n) {
    out = BASE32_DIGITS[Number(value & 31n)] + out
    value >>= 5n
  }
  return out
}

export function newId(): string {
  return random130Bits().padStart(ID_LENGTH, '0')
}

export function newToken(): string {
  return crypto.randomUUID()
}

export function isWellFormedId(id: string): boolean {
  return id.length === ID_LENGTH && /^[0-9a-v]+$/.test(id)
}
