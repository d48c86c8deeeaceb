import { describe, expect, it } from 'vitest'
import { seedCardsFor } from '../../../../src/simulator/services/seed-cards.ts'
import { defaultSettings } from '../../../../src/simulator/services/service-accounts.ts'

describe('seedCardsFor', () => {
  it('gives every card the brand and type the card pages detect, and no Maestro for a new service', () => {
    const cards = seedCardsFor(defaultSettings())
    const good = new Map(cards.good.map(([card]) => [card.digits, card]))
    expect(good.get('4444333322221111')).toMatchObject({ first: '444433', last: '1111', brand: 'Visa', type: 'credit' })
    expect(good.get('5105105105105100')).toMatchObject({ brand: 'Mastercard', type: 'debit' })
    expect(good.get('371449635398431')).toMatchObject({ brand: 'American Express', type: 'credit' })
    expect(cards.declined.map(([card]) => card.last).sort()).toEqual(['0002', '0069', '0127'])
    expect(cards.error.map(([card]) => card.digits)).toEqual(['4000000000000119'])
  })

  it('keeps only the cards a service accepts', () => {
    const cards = seedCardsFor({ acceptedCardTypes: [{ brand: 'master-card', type: 'DEBIT' }] })
    expect(cards.good.map(([card]) => `${card.brand} ${card.type}`)).toEqual(['Mastercard debit'])
  })
})
