// What the service makes of a card number (card-page-facts' checkCardForPayment, the playground's
// answer to the real pages' `/check_card` call, made when the card number field is left): whether a
// corporate card adds a fee, or a prepaid card would be refused. Asked once the number is long
// enough to be a card's, again whenever its digits change; an answer for digits no longer asked
// about is dropped. Only asked when there is something to show (`enabled`: the service charges a fee).
import { useEffect, useState } from 'react'
import { cardDigits } from '../../../simulator/rules/card-form/card-number.ts'
import type { CardAcceptance, CardRefusal } from '../../../simulator/services/card-checks.ts'
import { checkCardForPayment } from '../../../simulator/services/card-page-facts.ts'

export type CardVerdict = CardAcceptance | CardRefusal

/** No card number is shorter: before this, there is nothing to ask. */
const MIN_DIGITS = 12

interface Checked {
  digits: string
  verdict: CardVerdict
}

/** The service's verdict on the digits now in the field, once it has answered. */
export function useCardCheck(paymentId: string, cardNumber: string, enabled: boolean): CardVerdict | undefined {
  const digits = cardDigits(cardNumber)
  const [checked, setChecked] = useState<Checked>()
  useEffect(() => {
    if (!enabled || digits.length < MIN_DIGITS) return
    let wanted = true
    // A failed check shows nothing, as on the real pages; the card is checked again when authorised.
    checkCardForPayment(paymentId, digits).then(
      (verdict) => {
        if (wanted) setChecked({ digits, verdict })
      },
      () => undefined,
    )
    return () => {
      wanted = false
    }
  }, [paymentId, digits, enabled])
  return enabled && checked?.digits === digits ? checked.verdict : undefined
}
