// The transactions filter: text fields, card brands, payment statuses and a date range with times,
// laid out as the real admin site lays them out. Submitting puts the filters in the route's query.
import { type FormEvent, useState } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { CARD_BRANDS } from '../../../simulator/rules/cards/card-brands.ts'
import { TRANSACTION_DISPLAY_STATES, type TransactionDisplayState } from '../../../simulator/rules/transaction-display-states.ts'
import { Button } from '../../../ui/button.tsx'
import { Checkboxes } from '../../../ui/checkboxes.tsx'
import { Input } from '../../../ui/input.tsx'
import type { FilterError, FilterValues, TextFilter } from './transaction-filters.ts'

/** The brands as the filter names them: the service's labels, with Jcb written JCB. */
export const BRAND_OPTIONS = CARD_BRANDS.map((brand) => ({ value: brand.id, label: brand.label === 'Jcb' ? 'JCB' : brand.label }))

const STATUS_OPTIONS = TRANSACTION_DISPLAY_STATES.map((state) => ({ value: state, label: state }))

interface FilterFormProps {
  initial: FilterValues
  errors: readonly FilterError[]
  showClear: boolean
  onFilter: (values: FilterValues) => void
}

interface TextFieldSpec {
  name: TextFilter
  label: string
  hint?: string
  extra?: Partial<Parameters<typeof Input>[0]>
}

const FIRST_ROW: TextFieldSpec[] = [
  { name: 'reference', label: 'Reference number', hint: 'Enter full or partial number', extra: { spellCheck: false, autoCapitalize: 'none' } },
  { name: 'email', label: 'Email address', hint: 'Enter full or partial email', extra: { spellCheck: false, autoCapitalize: 'none', inputMode: 'email' } },
  { name: 'cardholderName', label: 'Name on card', hint: 'Enter full or partial name', extra: { spellCheck: false } },
  {
    name: 'lastDigitsCardNumber',
    label: 'Last 4 card numbers',
    hint: 'Last 4 digits of associated card',
    extra: { inputMode: 'numeric', maxLength: 4, width: 4 },
  },
]

const DATE_FIELDS: TextFieldSpec[] = [
  { name: 'fromDate', label: 'Start date', hint: 'DD/MM/YYYY', extra: { width: 10 } },
  { name: 'fromTime', label: 'Start time', hint: 'HH:MM:SS', extra: { width: 5 } },
  { name: 'toDate', label: 'End date', hint: 'DD/MM/YYYY', extra: { width: 10 } },
  { name: 'toTime', label: 'End time', hint: 'HH:MM:SS', extra: { width: 5 } },
]

export function FilterForm({ initial, errors, showClear, onFilter }: FilterFormProps) {
  const [values, setValues] = useState(initial)
  const errorFor = (name: TextFilter) => errors.find((error) => error.fieldId === name)?.text
  const field = ({ name, label, hint, extra }: TextFieldSpec) => (
    <Input
      key={name}
      id={name}
      label={label}
      labelSize="s"
      hint={hint}
      error={errorFor(name)}
      value={values[name]}
      autoComplete="off"
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      {...extra}
    />
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onFilter(values)
  }
  return (
    <form className="app-transactions-filter" onSubmit={submit} noValidate autoComplete="off" aria-label="Filter transactions">
      <div className="govuk-grid-row">
        {FIRST_ROW.map((spec) => (
          <div className="govuk-grid-column-one-quarter" key={spec.name}>
            {field(spec)}
          </div>
        ))}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Checkboxes
            idPrefix="brand"
            legend="Card brand"
            legendSize="s"
            hint="Select a brand"
            small
            items={BRAND_OPTIONS}
            values={values.brand}
            onChange={(brand) => setValues({ ...values, brand })}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Checkboxes
            idPrefix="state"
            legend="Payment status"
            legendSize="s"
            hint="Select a status"
            small
            items={STATUS_OPTIONS}
            values={values.state}
            onChange={(state) => setValues({ ...values, state: state as TransactionDisplayState[] })}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <fieldset className="govuk-fieldset app-date-range">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date range</legend>
            <div className="app-date-range__end">{DATE_FIELDS.slice(0, 2).map(field)}</div>
            <p className="govuk-body app-date-range__to" aria-hidden="true">
              to
            </p>
            <div className="app-date-range__end">{DATE_FIELDS.slice(2).map(field)}</div>
          </fieldset>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Button type="submit" className="govuk-!-width-full">
            Filter
          </Button>
        </div>
        <div className="govuk-grid-column-one-quarter">
          {showClear && (
            <p className="govuk-body app-transactions-filter__clear">
              <Link className="govuk-link govuk-link--no-visited-state" to={appPaths.transactions()}>
                Clear filter
              </Link>
            </p>
          )}
        </div>
      </div>
    </form>
  )
}
