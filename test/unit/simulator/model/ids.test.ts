// Ids shaped like connector's RandomIdGenerator (pay-api-contract.md §1.6): 130 random bits in
// base 32 (0-9, a-v), left-padded with 0 to 26 characters. Tokens are UUIDs.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ID_LENGTH, isWellFormedId, newId, newToken } from '../../../../src/simulator/model/ids.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

function fillRandom(byte: number) {
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) array.fill(byte)
    return array
  })
}

describe('newId', () => {
  it('is 26 characters of 0-9 and a-v', () => {
    expect(ID_LENGTH).toBe(26)
    for (let i = 0; i < 200; i++) expect(newId()).toMatch(/^[0-9a-v]{26}$/)
  })

  it('keeps exactly 130 bits: all-ones random input gives 26 "v"s', () => {
    fillRandom(0xff)
    expect(newId()).toBe('v'.repeat(26))
  })

  it('pads with 0 to 26 characters: all-zero random input gives 26 zeros', () => {
    fillRandom(0)
    expect(newId()).toBe('0'.repeat(26))
  })

  it('writes the low bits last, big-endian', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) {
        array.fill(0)
        array[array.length - 1] = 33 // 0b100001 = "11" in base 32
      }
      return array
    })
    expect(newId()).toBe('0'.repeat(24) + '11')
  })

  it('is different every time and uses the whole alphabet in the first place', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()))
    expect(ids.size).toBe(1000)
    const firstChars = new Set([...ids].map((id) => id[0]))
    expect(firstChars.size).toBeGreaterThan(20)
  })
})

describe('newToken', () => {
  it('is a random (version 4) UUID, different every time', () => {
    const a = newToken()
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newToken()).not.toBe(a)
  })
})

describe('isWellFormedId', () => {
  it('accepts a new id', () => {
    expect(isWellFormedId(newId())).toBe(true)
  })

  it.each([
    ['too short', '0'.repeat(25)],
    ['too long', '0'.repeat(27)],
    ['upper case', 'A'.repeat(26)],
    ['outside base 32 (w)', 'w'.repeat(26)],
    ['empty', ''],
    ['a hyphen', `${'0'.repeat(25)}-`],
  ])('refuses an id %s', (_why, id) => {
    expect(isWellFormedId(id)).toBe(false)
  })
})
