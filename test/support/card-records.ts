// A card as a paid payment stores it, for tests of how payments are written out.
import type { CardDetailsRecord } from '../../src/simulator/model/types.ts'

export const STORED_VISA_DEBIT: CardDetailsRecord = {
  lastDigits: '4242',
  firstDigits: '424242',
  cardholderName: 'Sherlock Holmes',
  expiryDate: '04/30',
  billingAddress: { line1: '221 Baker Street', postcode: 'NW1 6XE', city: 'London', country: 'GB' },
  brandLabel: 'Visa',
  cardType: 'debit',
}
