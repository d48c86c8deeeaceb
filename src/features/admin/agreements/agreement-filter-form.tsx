// The agreements filter, as the real admin site has it: a status select and a reference field, then
// "Search agreements" and, once a filter is set, "Clear filters". Searching puts the filters in the
// route's query string.
import { type FormEvent, useState } from 'react'
import { Link } from 'react-router'
import { Button } from '../../../ui/button.tsx'
import { Input } from '../../../ui/input.tsx'
import { Select } from '../../../ui/select.tsx'
import { agreementPaths } from './agreement-paths.ts'
import type { AgreementFilterValues } from './agreement-filters.ts'

/** The status options in the real list's order; "All" is sent as no status. */
export const STATUS_OPTIONS = [
  { value: 'ALL', text: 'All' },
  { value: 'ACTIVE', text: 'Active' },
  { value: 'CREATED', text: 'Created' },
  { value: 'INACTIVE', text: 'Inactive' },
  { value: 'CANCELLED', text: 'Cancelled' },
] as const

interface AgreementFilterFormProps {
  initial: AgreementFilterValues
  referenceError?: string
  showClear: boolean
  onSearch: (values: AgreementFilterValues) => void
}

export function AgreementFilterForm({ initial, referenceError, showClear, onSearch }: AgreementFilterFormProps) {
  const [values, setValues] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(values)
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Filter agreements" className="app-agreements-filter">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half govuk-grid-column-one-third-from-desktop">
          <Select
            id="status"
            label="Status"
            hint="Select an option"
            options={STATUS_OPTIONS}
            value={values.status === '' ? 'ALL' : values.status}
            onChange={(event) => setValues({ ...values, status: event.target.value === 'ALL' ? '' : event.target.value })}
          />
        </div>
        <div className="govuk-grid-column-one-half govuk-grid-column-one-third-from-desktop">
          <Input
            id="reference"
            label="Reference number"
            hint="Enter full or partial reference"
            error={referenceError}
            value={values.reference}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setValues({ ...values, reference: event.target.value })}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit" id="filter">
          Search agreements
        </Button>
        {showClear && (
          <Link className="govuk-link govuk-link--no-visited-state" to={agreementPaths.index()}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  )
}
