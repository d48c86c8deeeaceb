import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { passesLuhn } from '../../../../../src/simulator/rules/cards/luhn.ts'

/** The digit that makes `body` + digit pass the Luhn check. */
function checkDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i])
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return String((10 - (sum % 10)) % 10)
}

describe('passesLuhn', () => {
  it.each(['79927398713', '4242424242424242', '371449635398431', '36148900647913', '4917610000000000003', '222100000000000'])(
    'accepts %s',
    (digits) => {
      expect(passesLuhn(digits)).toBe(true)
    },
  )

  it.each(['79927398710', '4242424242424241', '4242424242424243', '1234567812345678', '371449635398432'])(
    'refuses %s',
    (digits) => {
      expect(passesLuhn(digits)).toBe(false)
    },
  )

  it.each(['', '4242 4242 4242 4242', '4242-4242-4242-4242', '424242424242424a', ' 4242424242424242'])(
    'refuses anything but digits: %j',
    (text) => {
      expect(passesLuhn(text)).toBe(false)
    },
  )

  it('accepts any number ending in its check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11,18}$/), (body) => {
        expect(passesLuhn(body + checkDigit(body))).toBe(true)
      }),
    )
  })

  it('refuses a number with any single digit changed', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{11,18}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const valid = body + checkDigit(body)
          const position = at % valid.length
          const changed = (Number(valid[position]) + delta) % 10
          const altered = valid.slice(0, position) + changed + valid.slice(position + 1)
          expect(passesLuhn(altered)).toBe(false)
        },
      ),
    )
  })
})
