// A GOV.UK select with its label, hint and error message.
import type { ReactNode, SelectHTMLAttributes } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface SelectOption {
  value: string
  text: string
  disabled?: boolean
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> {
  id: string
  label: ReactNode
  /** Hide the label from sight (it is still read out), when the page around says what the select is. */
  labelHidden?: boolean
  labelSize?: 's' | 'm'
  hint?: ReactNode
  error?: string
  options: readonly SelectOption[]
  /** Extra classes on the form group, such as one that lays it out inline. */
  formGroupClassName?: string
}

export function Select({ id, label, labelHidden, labelSize, hint, error, options, formGroupClassName, ...select }: SelectProps) {
  const labelClasses = ['govuk-label']
  if (labelSize) labelClasses.push(`govuk-label--${labelSize}`)
  if (labelHidden) labelClasses.push('govuk-visually-hidden')
  const control = (
    <select
      className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
      id={id}
      name={id}
      aria-describedby={describedBy(id, { hint, error })}
      aria-invalid={error ? true : undefined}
      {...select}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.text}
        </option>
      ))}
    </select>
  )
  const group = (
    <>
      <label className={labelClasses.join(' ')} htmlFor={id}>
        {label}
      </label>
      <FieldMessagesView id={id} hint={hint} error={error} />
      {control}
    </>
  )
  if (!formGroupClassName) return <FormGroup error={error}>{group}</FormGroup>
  return <div className={`govuk-form-group ${formGroupClassName}${error ? ' govuk-form-group--error' : ''}`}>{group}</div>
}
