// The sandbox provider's outcome by full card number (pay-api-contract.md §13), and the card types
// of the mock cards (§14).
import { describe, expect, it } from 'vitest'
import { detectBrand } from '../../../../../src/simulator/rules/cards/card-brands.ts'
import { passesLuhn } from '../../../../../src/simulator/rules/cards/luhn.ts'
import { cardTypeOf, SANDBOX_CARDS, sandboxOutcome } from '../../../../../src/simulator/rules/cards/sandbox-cards.ts'

// SandboxCardNumbers: GOOD_CARDS, GOOD_CORPORATE_CARDS, GOOD_CORPORATE_PREPAID_DEBIT_CARD
const GOOD_CARDS = [
  '4444333322221111',
  '4917610000000000003',
  '4000056655665556',
  '371449635398431',
  '3566002020360505',
  '6011000990139424',
  '36148900647913',
  '4242424242424242',
  '5105105105105100',
  '222100000000000',
  '4000000000000010',
  '4000160000000004',
  '4000020000000000',
  '4988080000000000',
  '4111111111111111',
  '4293189100000008',
  '5101180000000007',
  '4131840000000003',
  '4000180000000002',
  '5200828282828210',
]
const DECLINED = ['4000000000000002', '4000000000000069', '4000000000000127']
const ERROR = '4000000000000119'

describe('sandboxOutcome', () => {
  it.each(GOOD_CARDS)('authorises %s', (digits) => {
    expect(sandboxOutcome(digits)).toBe('authorised')
  })

  it.each(DECLINED)('declines %s', (digits) => {
    expect(sandboxOutcome(digits)).toBe('declined')
  })

  it('gives a gateway error for 4000000000000119', () => {
    expect(sandboxOutcome(ERROR)).toBe('error')
  })

  it.each(['4012888888881881', '6759649826438453', '5555555555554444'])(
    'gives a gateway error ("Unsupported card details") for any other number: %s',
    (digits) => {
      expect(passesLuhn(digits)).toBe(true)
      expect(sandboxOutcome(digits)).toBe('error')
    },
  )

  it('matches on the full number only, not on the last four digits', () => {
    expect(sandboxOutcome('4111111111110002')).toBe('error')
    expect(sandboxOutcome('4242')).toBe('error')
  })

  it('knows exactly the cards of §13', () => {
    expect(Object.keys(SANDBOX_CARDS).sort()).toEqual([...GOOD_CARDS, ...DECLINED, ERROR].sort())
  })

  it('has only Luhn-valid numbers with a recognisable brand', () => {
    for (const digits of Object.keys(SANDBOX_CARDS)) {
      expect(passesLuhn(digits), digits).toBe(true)
      expect(detectBrand(digits), digits).toBeDefined()
    }
  })
})

describe('cardTypeOf', () => {
  it.each([
    ['4444333322221111', 'credit'],
    ['4242424242424242', 'credit'],
    ['4000056655665556', 'debit'],
    ['4988080000000000', 'debit'],
    ['4000160000000004', 'debit'],
    ['4131840000000003', 'debit'],
    ['4111111111111111', 'credit'],
    ['222100000000000', 'credit'],
    ['5105105105105100', 'debit'],
    ['5200828282828210', 'debit'],
    ['371449635398431', 'credit'],
    ['3566002020360505', 'credit'],
    ['6011000990139424', 'credit'],
  ])('%s is %s (tech docs table, §14)', (digits, type) => {
    expect(cardTypeOf(digits)).toBe(type)
  })

  it('is null for a card that is credit or debit (4000000000000010) and for an unknown card', () => {
    expect(cardTypeOf('4000000000000010')).toBeNull()
    expect(cardTypeOf('4012888888881881')).toBeNull()
  })
})
