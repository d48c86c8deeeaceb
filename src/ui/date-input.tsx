// A GOV.UK date input: a fieldset of short numeric inputs (day, month, year, or any of them) with
// one hint and one error message for the whole date.
import type { InputHTMLAttributes, ReactNode } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface DateInputItem extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string
  label: string
  /** Width in characters: 2 for a day or month, 4 for a year. */
  width: 2 | 3 | 4
  /** Whether this part is in error (defaults to the whole date's error). */
  error?: boolean
}

export interface DateInputProps {
  /** The id of the group: its hint and error take `${id}-hint` and `${id}-error`. */
  id: string
  legend: ReactNode
  legendSize?: 's' | 'm'
  hint?: ReactNode
  error?: string
  items: readonly DateInputItem[]
}

export function DateInput({ id, legend, legendSize, hint, error, items }: DateInputProps) {
  const legendClass = legendSize ? `govuk-fieldset__legend govuk-fieldset__legend--${legendSize}` : 'govuk-fieldset__legend'
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, { hint, error })}>
        <legend className={legendClass}>{legend}</legend>
        <FieldMessagesView id={id} hint={hint} error={error} />
        <div className="govuk-date-input" id={id}>
          {items.map(({ id: itemId, label, width, error: itemError, ...input }) => {
            const classes = ['govuk-input', 'govuk-date-input__input', `govuk-input--width-${width}`]
            if (itemError ?? Boolean(error)) classes.push('govuk-input--error')
            return (
              <div className="govuk-date-input__item" key={itemId}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={itemId}>
                    {label}
                  </label>
                  <input className={classes.join(' ')} id={itemId} name={itemId} type="text" inputMode="numeric" {...input} />
                </div>
              </div>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
