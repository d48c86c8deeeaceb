// A text input of the card form in the real pages' structure: the group, the label `#{id}-lbl`, an
// optional hint, the inline error, then the input (red while in error).
import type { InputHTMLAttributes, ReactNode } from 'react'
import { describedByIds, errorId, FieldGroup, InlineError } from './field-parts.tsx'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'className'> {
  id: string
  name: string
  label: ReactNode
  /** A bold label, as the card's own fields have. */
  bold?: boolean
  hint?: ReactNode
  error?: string
  /** Width classes for the input, such as `govuk-input--width-3`. */
  inputClassName?: string
  groupClassName?: string
}

export function TextField({ id, name, label, bold, hint, error, inputClassName, groupClassName, ...input }: TextFieldProps) {
  const classes = ['govuk-input']
  if (inputClassName) classes.push(inputClassName)
  if (error) classes.push('govuk-input--error')
  const hintId = `${id}-hint`
  return (
    <FieldGroup validation={name} error={error} className={groupClassName}>
      <label id={`${id}-lbl`} htmlFor={id} className={bold ? 'govuk-label govuk-label--s' : 'govuk-label'}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <InlineError cssKey={id}>{error}</InlineError> : null}
      <input
        className={classes.join(' ')}
        id={id}
        name={name}
        type="text"
        aria-describedby={describedByIds(hint ? hintId : undefined, error ? errorId(id) : undefined)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldGroup>
  )
}
