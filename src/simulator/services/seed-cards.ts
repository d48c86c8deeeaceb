// The sandbox test cards demo payments are paid with, and the brand and type the card pages would
// detect for each, limited to the cards a service accepts.
import type { ServiceSettings } from '../model/types.ts'
import { brandLabel, detectBrand } from '../rules/cards/card-brands.ts'
import { cardTypeOf } from '../rules/cards/sandbox-cards.ts'

interface SeedCard {
  digits: string
  weight: number
}

const GOOD_CARDS: readonly SeedCard[] = [
  { digits: '4444333322221111', weight: 30 },
  { digits: '4242424242424242', weight: 15 },
  { digits: '4000056655665556', weight: 20 },
  { digits: '5105105105105100', weight: 12 },
  { digits: '222100000000000', weight: 6 },
  { digits: '371449635398431', weight: 5 },
  { digits: '4988080000000000', weight: 3 },
  { digits: '4000160000000004', weight: 3 },
  { digits: '6011000990139424', weight: 2 },
  { digits: '3566002020360505', weight: 2 },
  { digits: '36148900647913', weight: 2 },
]
const DECLINED_CARDS: readonly SeedCard[] = [
  { digits: '4000000000000002', weight: 6 },
  { digits: '4000000000000069', weight: 2 },
  { digits: '4000000000000127', weight: 2 },
]
const ERROR_CARDS: readonly SeedCard[] = [{ digits: '4000000000000119', weight: 1 }]

export interface KnownCard {
  digits: string
  first: string
  last: string
  brand: string
  type: 'credit' | 'debit' | null
}

export type WeightedCards = ReadonlyArray<readonly [KnownCard, number]>

/** Brand and type as the card pages would detect them, worked out once per test card. */
const known = (cards: readonly SeedCard[]): WeightedCards =>
  cards.map((card) => [
    {
      digits: card.digits,
      first: card.digits.slice(0, 6),
      last: card.digits.slice(-4),
      brand: brandLabel(detectBrand(card.digits) ?? ''),
      type: cardTypeOf(card.digits),
    },
    card.weight,
  ])

export type SeedCards = Record<'good' | 'declined' | 'error', WeightedCards>

/**
 * The test cards a service's card page would take: good cards only of the brands and types it
 * accepts (the page refuses others before authorising). The decline and error cards are Visa.
 */
export function seedCardsFor(settings: Pick<ServiceSettings, 'acceptedCardTypes'>): SeedCards {
  const accepted = (card: KnownCard, brandId: string | undefined) =>
    settings.acceptedCardTypes.some((type) => type.brand === brandId && (card.type === null || type.type.toLowerCase() === card.type))
  const filter = (cards: WeightedCards) => {
    const kept = cards.filter(([card]) => accepted(card, detectBrand(card.digits)))
    return kept.length > 0 ? kept : cards
  }
  return { good: filter(known(GOOD_CARDS)), declined: filter(known(DECLINED_CARDS)), error: filter(known(ERROR_CARDS)) }
}
