// "Card number": which cards are accepted (with their logos, the one typed highlighted), any error,
// the corporate card fee the number adds (`#corporate-card-surcharge-message`, announced as it
// appears), and the input. The number lives only in the form's state. A MOTO service may hide what
// is typed, as the real page does: a password input that the browser does not offer to fill.
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
  /** Hide what is typed (a MOTO payment of a service that masks the card number). */
  masked?: boolean
  /** "There is a fee of £2.50 for using a corporate credit card", once the number left in the field adds one. */
  feeMessage?: string | undefined
}

const ID = FIELD_IDS.cardNo
export const FEE_MESSAGE_ID = 'corporate-card-surcharge-message'

export function CardNumberField({ value, error, accepted, onChange, onBlur, masked = false, feeMessage }: CardNumberFieldProps) {
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
      <div aria-live="polite">
        {feeMessage ? (
          <div className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2" id={FEE_MESSAGE_ID}>
            {feeMessage}
          </div>
        ) : null}
      </div>
      <input
        className={error ? 'govuk-input govuk-!-width-three-quarters govuk-input--error' : 'govuk-input govuk-!-width-three-quarters'}
        id={ID}
        name="cardNo"
        type={masked ? 'password' : 'text'}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={26}
        autoComplete={masked ? 'off' : 'cc-number'}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedByIds(`${ID}-hint`, feeMessage ? FEE_MESSAGE_ID : undefined, error ? errorId(ID) : undefined)}
        aria-invalid={error ? true : undefined}
      />
    </FieldGroup>
  )
}
