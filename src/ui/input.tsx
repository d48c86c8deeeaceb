// A GOV.UK text input with its label, hint, error message and an optional prefix (such as "£").
// `heading` makes the label the page's <h1>, for a page that asks one question.
import type { InputHTMLAttributes, ReactNode } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'prefix'> {
  id: string
  label: ReactNode
  /** Show the label as the page heading, in this size. */
  heading?: 'l' | 'xl'
  /** A bold label (for a field that is not the only one on the page). */
  labelSize?: 's' | 'm'
  hint?: ReactNode
  error?: string
  prefix?: string
  /** A fixed width in characters (`govuk-input--width-N`). */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30
}

export function Input({ id, label, heading, labelSize, hint, error, prefix, width, ...input }: InputProps) {
  const classes = ['govuk-input']
  if (width) classes.push(`govuk-input--width-${width}`)
  if (error) classes.push('govuk-input--error')
  const labelClass = heading ? `govuk-label govuk-label--${heading}` : labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label'
  const labelElement = (
    <label className={labelClass} htmlFor={id}>
      {label}
    </label>
  )
  const control = (
    <input
      className={classes.join(' ')}
      id={id}
      name={id}
      type="text"
      aria-describedby={describedBy(id, { hint, error })}
      aria-invalid={error ? true : undefined}
      {...input}
    />
  )
  return (
    <FormGroup error={error}>
      {heading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      <FieldMessagesView id={id} hint={hint} error={error} />
      {prefix ? (
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            {prefix}
          </div>
          {control}
        </div>
      ) : (
        control
      )}
    </FormGroup>
  )
}
