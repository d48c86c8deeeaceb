// The logos of the cards the service accepts: simple drawn tiles, one per brand (the real pages
// use a sprite of the card schemes' logos, which the playground does not copy). Before anything is
// typed every tile is in colour; once the user types, only the brand detected so far stays in
// colour and the others turn grey. The list is the real pages' `ul.accepted-cards > li.{brand}`,
// the detected brand `li.selected`.
import type { CardBrandId } from '../../../simulator/rules/cards/card-brands.ts'
import { brandTitle } from '../../../simulator/rules/card-form/card-number.ts'

/** What each tile shows: a short mark, drawn in the brand's colours by the stylesheet. */
const MARKS: Readonly<Record<CardBrandId, string>> = {
  visa: 'VISA',
  'master-card': 'mastercard',
  'american-express': 'AMEX',
  'diners-club': 'Diners Club',
  discover: 'DISCOVER',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'maestro',
}

export interface AcceptedCardLogosProps {
  brands: readonly CardBrandId[]
  /** Whether the user has typed anything in the card number field. */
  typing: boolean
  /** The brand detected from what is typed, if exactly one matches. */
  detected: CardBrandId | undefined
}

export function AcceptedCardLogos({ brands, typing, detected }: AcceptedCardLogosProps) {
  return (
    <ul className="accepted-cards app-accepted-cards">
      {brands.map((brand) => {
        const classes = [brand, 'app-accepted-cards__card', `app-accepted-cards__card--${brand}`]
        if (brand === detected) classes.push('selected', 'app-accepted-cards__card--selected')
        else if (typing) classes.push('app-accepted-cards__card--dimmed')
        return (
          <li key={brand} className={classes.join(' ')} data-key={brand} data-brand={brand} data-selected={brand === detected ? 'true' : undefined}>
            <span className="app-accepted-cards__mark" aria-hidden="true">
              {MARKS[brand]}
            </span>
            <span className="govuk-visually-hidden" lang="en">
              {brandTitle(brand)}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
