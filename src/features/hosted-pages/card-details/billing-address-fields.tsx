// "Billing address", for a service that collects it: two lines, town or city, country or
// territory (the service's default chosen) and postcode.
import { COUNTRIES } from '../../../simulator/rules/card-form/countries.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { Fieldset } from '../../../ui/fieldset.tsx'
import { Input } from '../../../ui/input.tsx'
import { Select, type SelectOption } from '../../../ui/select.tsx'
import type { CardFormState } from './use-card-form.ts'

const COUNTRY_ITEMS: SelectOption[] = COUNTRIES.map((country) => ({ value: country.code, text: country.name }))
const PICK_COUNTRY: SelectOption = { value: '', text: 'Pick a country or territory', disabled: true }

export function BillingAddressFields({ form }: { form: CardFormState }) {
  const { values, errorFor, change, blur } = form
  const text = (field: 'addressLine1' | 'addressLine2' | 'addressCity' | 'addressPostcode') => ({
    id: FIELD_IDS[field],
    name: field,
    error: errorFor(field),
    value: values[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    onBlur: () => blur(field),
    maxLength: 100,
  })
  return (
    <div className="app-card-form__section">
      <Fieldset legend="Billing address" legendSize="m" headingLevel={2} describedBy="billing-address-hint">
        <div className="govuk-hint" id="billing-address-hint">
          This is the address associated with the card
        </div>
        <Input {...text('addressLine1')} label="Address line 1" autoComplete="billing address-line1" />
        <Input {...text('addressLine2')} label="Address line 2 (optional)" autoComplete="billing address-line2" />
        <Input {...text('addressCity')} label="Town or city" autoComplete="billing address-level2" width={20} />
        <Select
          id={FIELD_IDS.addressCountry}
          name="addressCountry"
          label="Country or territory"
          error={errorFor('addressCountry')}
          options={values.addressCountry === '' ? [PICK_COUNTRY, ...COUNTRY_ITEMS] : COUNTRY_ITEMS}
          value={values.addressCountry}
          onChange={(event) => change('addressCountry', event.target.value)}
          onBlur={() => blur('addressCountry')}
          autoComplete="billing country"
        />
        <Input {...text('addressPostcode')} label="Postcode" maxLength={10} width={10} autoComplete="billing postal-code" />
      </Fieldset>
    </div>
  )
}
