// Card brands and their API labels (pay-api-contract.md §14), detected with credit-card-type 6.3.0.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  brandLabel,
  CARD_BRANDS,
  detectBrand,
  matchingBrands,
  securityCodeLength,
} from '../../../../../src/simulator/rules/cards/card-brands.ts'

describe('CARD_BRANDS', () => {
  it("is connector's card_types table: ids, types and the labels the API returns", () => {
    expect(CARD_BRANDS.map((brand) => [brand.id, [...brand.types], brand.label])).toEqual([
      ['visa', ['DEBIT', 'CREDIT'], 'Visa'],
      ['master-card', ['DEBIT', 'CREDIT'], 'Mastercard'],
      ['american-express', ['CREDIT'], 'American Express'],
      ['diners-club', ['CREDIT'], 'Diners Club'],
      ['discover', ['CREDIT'], 'Discover'],
      ['jcb', ['CREDIT'], 'Jcb'],
      ['unionpay', ['CREDIT'], 'Union Pay'],
      ['maestro', ['DEBIT'], 'Maestro'],
    ])
  })

  it('uses the library version the real payment pages use', () => {
    const require = createRequire(import.meta.url)
    const pkg = require('credit-card-type/package.json') as { version: string }
    expect(pkg.version).toBe('6.3.0')
  })
})

describe('detectBrand and brandLabel', () => {
  it.each([
    ['4242424242424242', 'visa', 'Visa'],
    ['4444333322221111', 'visa', 'Visa'],
    ['4000056655665556', 'visa', 'Visa'],
    ['5105105105105100', 'master-card', 'Mastercard'],
    ['222100000000000', 'master-card', 'Mastercard'],
    ['5200828282828210', 'master-card', 'Mastercard'],
    ['371449635398431', 'american-express', 'American Express'],
    ['3566002020360505', 'jcb', 'Jcb'],
    ['6011000990139424', 'discover', 'Discover'],
    ['36148900647913', 'diners-club', 'Diners Club'],
    ['6759649826438453', 'maestro', 'Maestro'],
  ])('%s is %s, labelled %j', (digits, id, label) => {
    expect(detectBrand(digits)).toBe(id)
    expect(brandLabel(detectBrand(digits) ?? '')).toBe(label)
  })

  it('labels JCB "Jcb" and Mastercard "Mastercard", as the API does (not "JCB" or "MasterCard")', () => {
    expect(brandLabel('jcb')).toBe('Jcb')
    expect(brandLabel('master-card')).toBe('Mastercard')
  })

  it('gives no brand while several still match', () => {
    expect(matchingBrands('3').sort()).toEqual(['american-express', 'diners-club', 'jcb'])
    expect(detectBrand('3')).toBeUndefined()
    expect(detectBrand('5')).toBeUndefined()
  })

  it('gives a brand as soon as the prefix is unambiguous', () => {
    expect(detectBrand('4')).toBe('visa')
    expect(detectBrand('34')).toBe('american-express')
  })

  it('gives no brand for a number no brand matches', () => {
    expect(matchingBrands('9999999999999999')).toEqual([])
    expect(detectBrand('9999999999999999')).toBeUndefined()
  })

  it('gives an empty label for an unknown brand id', () => {
    expect(brandLabel('')).toBe('')
    expect(brandLabel('elo')).toBe('')
  })

  it("only ever reports the real service's brands", () => {
    const ids = CARD_BRANDS.map((brand) => brand.id as string)
    for (const prefix of ['1', '2', '3', '4', '5', '6', '62', '63', '50', '36', '35', '8', '81']) {
      for (const brand of matchingBrands(prefix)) expect(ids).toContain(brand)
    }
  })
})

describe('securityCodeLength', () => {
  it('is 4 digits for American Express and 3 otherwise', () => {
    expect(securityCodeLength('american-express')).toBe(4)
    for (const brand of CARD_BRANDS.filter((b) => b.id !== 'american-express')) {
      expect(securityCodeLength(brand.id)).toBe(3)
    }
    expect(securityCodeLength(undefined)).toBe(3)
  })
})
