// The card's own fields after its number: expiry date, name on card and card security code.
import { brandWhileTyping } from '../../../simulator/rules/card-form/card-number.ts'
import { securityCodeHint, securityCodeMaxLength } from '../../../simulator/rules/card-form/cardholder-details.ts'
import { expiryHint, type CalendarMonth } from '../../../simulator/rules/card-form/expiry.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { DateInput } from '../../../ui/date-input.tsx'
import { Input } from '../../../ui/input.tsx'
import type { CardFormState } from './use-card-form.ts'

export function CardFields({ form, today }: { form: CardFormState; today: CalendarMonth }) {
  const { values, errorFor, change, blur } = form
  const brand = brandWhileTyping(values.cardNo)
  return (
    <>
      <DateInput
        id="expiry-date"
        legend="Expiry date"
        legendSize="s"
        hint={expiryHint(today)}
        error={errorFor('expiryMonth')}
        items={[
          {
            id: FIELD_IDS.expiryMonth,
            name: 'expiryMonth',
            label: 'Month',
            width: 2,
            maxLength: 2,
            autoComplete: 'cc-exp-month',
            value: values.expiryMonth,
            onChange: (event) => change('expiryMonth', event.target.value),
            onBlur: () => blur('expiryMonth'),
          },
          {
            id: 'expiry-year',
            name: 'expiryYear',
            label: 'Year',
            width: 3,
            minLength: 2,
            maxLength: 4,
            autoComplete: 'cc-exp-year',
            value: values.expiryYear,
            onChange: (event) => change('expiryYear', event.target.value),
            onBlur: () => blur('expiryMonth'),
          },
        ]}
      />
      <Input
        id={FIELD_IDS.cardholderName}
        name="cardholderName"
        label="Name on card"
        labelSize="s"
        error={errorFor('cardholderName')}
        value={values.cardholderName}
        onChange={(event) => change('cardholderName', event.target.value)}
        onBlur={() => blur('cardholderName')}
        maxLength={200}
        autoComplete="cc-name"
        spellCheck={false}
      />
      <Input
        id={FIELD_IDS.cvc}
        name="cvc"
        label="Card security code"
        labelSize="s"
        hint={securityCodeHint(brand)}
        error={errorFor('cvc')}
        value={values.cvc}
        onChange={(event) => change('cvc', event.target.value)}
        onBlur={() => blur('cvc')}
        width={3}
        inputMode="numeric"
        maxLength={securityCodeMaxLength(brand)}
        autoComplete="cc-csc"
      />
    </>
  )
}
