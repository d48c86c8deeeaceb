// A GOV.UK textarea with its label, hint and error message. `code` sets a monospace font for
// text such as JSON.
import type { ReactNode, TextareaHTMLAttributes } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string
  label: ReactNode
  labelSize?: 's' | 'm'
  hint?: ReactNode
  error?: string
  code?: boolean
  /** Shown under the field, inside its form group (e.g. a list of problems). */
  after?: ReactNode
}

export function Textarea({ id, label, labelSize, hint, error, code, after, rows = 5, ...textarea }: TextareaProps) {
  const classes = ['govuk-textarea']
  if (error) classes.push('govuk-textarea--error')
  if (code) classes.push('app-textarea--code')
  return (
    <FormGroup error={error}>
      <label className={labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
      <FieldMessagesView id={id} hint={hint} error={error} />
      <textarea
        className={classes.join(' ')}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      {after}
    </FormGroup>
  )
}
