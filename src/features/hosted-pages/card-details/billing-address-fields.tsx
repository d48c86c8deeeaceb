// "Billing address", for a service that collects it: two lines, town or city, country or
// territory (the service's default chosen; the names in English, as on the real Welsh pages) and
// postcode.
import { COUNTRIES } from '../../../simulator/rules/card-form/countries.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { ENGLISH_ONLY } from '../i18n/english-only.ts'
import { useEnglishPart, useMessages } from '../i18n/language.tsx'
import { CountryField } from './country-field.tsx'
import { TextField } from './fields/text-field.tsx'
import type { CardFormState } from './use-card-form.ts'

type AddressTextField = 'addressLine1' | 'addressLine2' | 'addressCity' | 'addressPostcode'

export function BillingAddressFields({ form }: { form: CardFormState }) {
  const messages = useMessages()
  const english = useEnglishPart()
  const { values, errorFor, change, blur } = form
  const text = (field: AddressTextField) => ({
    id: FIELD_IDS[field],
    name: field,
    error: errorFor(field),
    value: values[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    onBlur: () => blur(field),
    maxLength: 100,
  })
  return (
    <div className="govuk-!-width-three-quarters app-card-form__section">
      <fieldset className="govuk-fieldset" aria-describedby="address-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{messages.cardDetails.billingAddress}</h2>
        </legend>
        <div className="govuk-hint" id="address-hint">
          {messages.cardDetails.billingAddressHint}
        </div>
        <TextField {...text('addressLine1')} label={messages.cardDetails.addressLine1} autoComplete="billing address-line1" groupClassName="address" />
        <TextField {...text('addressLine2')} label={messages.cardDetails.addressLine2} autoComplete="billing address-line2" groupClassName="address" />
        <TextField {...text('addressCity')} label={messages.cardDetails.city} autoComplete="billing address-level2" inputClassName="govuk-!-width-three-quarters" />
        <CountryField
          label={messages.cardDetails.country}
          error={errorFor('addressCountry')}
          value={values.addressCountry}
          onChange={(value) => change('addressCountry', value)}
          onBlur={() => blur('addressCountry')}
          countries={COUNTRIES}
          pickCountry={ENGLISH_ONLY.pickCountry}
          english={english}
        />
        <TextField {...text('addressPostcode')} label={messages.cardDetails.postcode} maxLength={10} inputClassName="govuk-!-width-one-quarter" autoComplete="billing postal-code" />
      </fieldset>
    </div>
  )
}
