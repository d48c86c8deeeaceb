import { describe, expect, it } from 'vitest'
import { FEE_MESSAGES, readFee } from '../../../../../src/features/admin/settings/corporate-fee-text.ts'

const CARD = 'corporate credit card'

describe('readFee (a corporate card fee typed in pounds and pence)', () => {
  it.each([
    ['2.50', 250],
    ['2.5', 250],
    [' £2.50 ', 250],
    ['0', 0],
    ['0.00', 0],
    ['1,000', 100_000],
    ['0.01', 1],
  ])('reads %j as %i pence', (text, pence) => {
    expect(readFee(text, CARD)).toEqual({ pence })
  })

  it.each([
    ['', 'Enter a fee for paying with a corporate credit card, or 0 for no fee'],
    ['   ', 'Enter a fee for paying with a corporate credit card, or 0 for no fee'],
    ['-2.50', FEE_MESSAGES.negative],
    ['£-1', FEE_MESSAGES.negative],
    ['two pounds', 'Enter a fee in pounds and pence, like 2.50'],
    ['2.505', FEE_MESSAGES.unreadable],
    ['250p', FEE_MESSAGES.unreadable],
    ['1000.01', 'A fee must be £1,000.00 or less'],
    ['99999999', FEE_MESSAGES.tooLarge],
  ])('refuses %j with "%s"', (text, error) => {
    expect(readFee(text, CARD)).toEqual({ error })
  })
})
