// "Country or territory": a select of every country by its English name (`#address-country`), as
// the real pages list them in any language, with "Pick a country or territory" first when the
// service has no default country.
import type { Country } from '../../../simulator/rules/card-form/countries.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { describedByIds, errorId, FieldGroup, InlineError } from './fields/field-parts.tsx'

export interface CountryFieldProps {
  label: string
  error: string | undefined
  value: string
  onChange: (value: string) => void
  onBlur: () => void
  countries: readonly Country[]
  pickCountry: string
  /** `lang="en"` for the names on a page in another language. */
  english: { lang?: 'en' }
}

const ID = FIELD_IDS.addressCountry

export function CountryField({ label, error, value, onChange, onBlur, countries, pickCountry, english }: CountryFieldProps) {
  return (
    <FieldGroup validation="addressCountry" error={error}>
      <label id={`${ID}-lbl`} htmlFor={ID} className="govuk-label">
        {label}
      </label>
      {error ? <InlineError cssKey={ID}>{error}</InlineError> : null}
      <select
        className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id={ID}
        name="addressCountry"
        autoComplete="billing country"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedByIds(error ? errorId(ID) : undefined)}
        aria-invalid={error ? true : undefined}
      >
        {value === '' ? (
          <option value="" disabled {...english}>
            {pickCountry}
          </option>
        ) : null}
        {countries.map((country) => (
          <option key={country.code} value={country.code} {...english}>
            {country.name}
          </option>
        ))}
      </select>
    </FieldGroup>
  )
}
