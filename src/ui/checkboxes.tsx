// GOV.UK checkboxes in a fieldset. An option can be disabled, with a hint saying why (the hint
// stays fully readable: only the option itself is dimmed). The first
// option's id is `idPrefix` itself, so an error summary can link to the group.
import type { ReactNode } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface CheckboxItem {
  value: string
  label: ReactNode
  hint?: ReactNode
  disabled?: boolean
}

export interface CheckboxesProps {
  idPrefix: string
  name?: string
  legend: ReactNode
  legendSize?: 'l' | 'm' | 's'
  hint?: ReactNode
  error?: string
  items: readonly CheckboxItem[]
  values: readonly string[]
  onChange: (values: string[]) => void
  small?: boolean
}

export const checkboxId = (idPrefix: string, index: number): string => (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`)

export function Checkboxes({ idPrefix, name = idPrefix, legend, legendSize = 'm', hint, error, items, values, onChange, small }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value))
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(idPrefix, { hint, error })}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <FieldMessagesView id={idPrefix} hint={hint} error={error} />
        <div className={small ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-checkboxes'}>
          {items.map((item, index) => {
            const id = checkboxId(idPrefix, index)
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  disabled={item.disabled}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div className={item.disabled ? 'govuk-hint govuk-checkboxes__hint app-hint--unavailable-reason' : 'govuk-hint govuk-checkboxes__hint'} id={`${id}-item-hint`}>
                    {item.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
