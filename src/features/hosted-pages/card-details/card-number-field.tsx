// "Card number": which cards are accepted (with their logos, the one typed highlighted), any error,
// and the input. The number lives only in the form's state.
import type { AcceptedCardType } from '../../../simulator/model/types.ts'
import { acceptedBrands, cardTypesText } from '../../../simulator/rules/card-form/accepted-cards.ts'
import { brandWhileTyping } from '../../../simulator/rules/card-form/card-number.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { Input } from '../../../ui/input.tsx'
import { AcceptedCardLogos } from './accepted-card-logos.tsx'

export interface CardNumberFieldProps {
  value: string
  error: string | undefined
  accepted: readonly AcceptedCardType[]
  onChange: (value: string) => void
  onBlur: () => void
}

export function CardNumberField({ value, error, accepted, onChange, onBlur }: CardNumberFieldProps) {
  const hint = (
    <>
      <span className="app-accepted-cards__text">{cardTypesText(accepted)}</span>
      <AcceptedCardLogos brands={acceptedBrands(accepted)} typing={value.trim() !== ''} detected={brandWhileTyping(value)} />
    </>
  )
  return (
    <Input
      id={FIELD_IDS.cardNo}
      name="cardNo"
      label="Card number"
      labelSize="s"
      hint={hint}
      error={error}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={26}
      autoComplete="cc-number"
      spellCheck={false}
    />
  )
}
