// The card's own fields after its number: expiry date, name on card and card security code (hidden
// as it is typed for a MOTO service that masks it: a password input the browser does not fill).
import { brandWhileTyping } from '../../../simulator/rules/card-form/card-number.ts'
import { securityCodeHint, securityCodeMaxLength } from '../../../simulator/rules/card-form/cardholder-details.ts'
import type { CalendarMonth } from '../../../simulator/rules/card-form/expiry.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { useMessages } from '../i18n/language.tsx'
import { ExpiryDateField } from './expiry-date-field.tsx'
import { TextField } from './fields/text-field.tsx'
import type { CardFormState } from './use-card-form.ts'

export function CardFields({ form, today, maskSecurityCode = false }: { form: CardFormState; today: CalendarMonth; maskSecurityCode?: boolean }) {
  const messages = useMessages()
  const { values, errorFor, change, blur } = form
  const brand = brandWhileTyping(values.cardNo)
  return (
    <>
      <ExpiryDateField form={form} today={today} />
      <TextField
        id={FIELD_IDS.cardholderName}
        name="cardholderName"
        label={messages.cardDetails.cardholderName}
        bold
        error={errorFor('cardholderName')}
        value={values.cardholderName}
        onChange={(event) => change('cardholderName', event.target.value)}
        onBlur={() => blur('cardholderName')}
        inputClassName="govuk-!-width-three-quarters"
        maxLength={200}
        autoComplete="cc-name"
        spellCheck={false}
      />
      <TextField
        id={FIELD_IDS.cvc}
        name="cvc"
        label={messages.cardDetails.cvc}
        bold
        hint={messages.cardDetails[securityCodeHint(brand)]}
        error={errorFor('cvc')}
        value={values.cvc}
        onChange={(event) => change('cvc', event.target.value)}
        onBlur={() => blur('cvc')}
        groupClassName="cvc"
        inputClassName="govuk-input--width-3 cvc"
        type={maskSecurityCode ? 'password' : 'text'}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={securityCodeMaxLength(brand)}
        autoComplete={maskSecurityCode ? 'off' : 'cc-csc'}
      />
    </>
  )
}
