// "Card number": which cards are accepted (with their logos, the one typed highlighted), any error,
// and the input. The number lives only in the form's state.
import type { AcceptedCardType } from '../../../simulator/model/types.ts'
import { acceptedBrands, withdrawalText } from '../../../simulator/rules/card-form/accepted-cards.ts'
import { brandWhileTyping } from '../../../simulator/rules/card-form/card-number.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { useMessages } from '../i18n/language.tsx'
import { AcceptedCardLogos } from './accepted-card-logos.tsx'
import { describedByIds, errorId, FieldGroup, InlineError } from './fields/field-parts.tsx'

export interface CardNumberFieldProps {
  value: string
  error: string | undefined
  accepted: readonly AcceptedCardType[]
  onChange: (value: string) => void
  onBlur: () => void
}

const ID = FIELD_IDS.cardNo

export function CardNumberField({ value, error, accepted, onChange, onBlur }: CardNumberFieldProps) {
  const messages = useMessages()
  return (
    <FieldGroup validation="cardNo" error={error} className="card-no-group">
      <label id={`${ID}-lbl`} htmlFor={ID} className="govuk-label govuk-label--s">
        {messages.cardDetails.cardNo}
      </label>
      {error ? <InlineError cssKey={ID}>{error}</InlineError> : null}
      <div className="govuk-hint" id={`${ID}-hint`}>
        <p className="govuk-body accepted-cards-hint withdrawal-text govuk-!-margin-bottom-2">
          {messages.cardDetails.withdrawalText[withdrawalText(accepted)]}
        </p>
        <AcceptedCardLogos brands={acceptedBrands(accepted)} typing={value.trim() !== ''} detected={brandWhileTyping(value)} />
      </div>
      <input
        className={error ? 'govuk-input govuk-!-width-three-quarters govuk-input--error' : 'govuk-input govuk-!-width-three-quarters'}
        id={ID}
        name="cardNo"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={26}
        autoComplete="cc-number"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedByIds(`${ID}-hint`, error ? errorId(ID) : undefined)}
        aria-invalid={error ? true : undefined}
      />
    </FieldGroup>
  )
}
