// GOV.UK radios in a fieldset, with hints per option and conditionally revealed content. The first
// option's id is `idPrefix` itself, so an error summary can link to the group.
import { Fragment, type ReactNode } from 'react'
import { describedBy, FieldMessagesView, FormGroup } from './form-field.tsx'

export interface RadioItem {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** Shown under the option while it is chosen. */
  conditional?: ReactNode
}

export interface RadiosProps {
  idPrefix: string
  name?: string
  legend: ReactNode
  /** Show the legend as the page heading, in this size; otherwise a medium or small bold legend. */
  legendAs?: 'heading-l' | 'heading-xl' | 'm' | 's'
  hint?: ReactNode
  error?: string
  items: readonly RadioItem[]
  value: string | undefined
  onChange: (value: string) => void
  inline?: boolean
  small?: boolean
}

export const radioId = (idPrefix: string, index: number): string => (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`)

function Legend({ legend, legendAs = 'm' }: Pick<RadiosProps, 'legend' | 'legendAs'>) {
  if (legendAs === 'heading-l' || legendAs === 'heading-xl') {
    const size = legendAs === 'heading-l' ? 'l' : 'xl'
    return (
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>
        <h1 className="govuk-fieldset__heading">{legend}</h1>
      </legend>
    )
  }
  return <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendAs}`}>{legend}</legend>
}

export function Radios({ idPrefix, name = idPrefix, legend, legendAs, hint, error, items, value, onChange, inline, small }: RadiosProps) {
  const classes = ['govuk-radios']
  if (inline) classes.push('govuk-radios--inline')
  if (small) classes.push('govuk-radios--small')
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(idPrefix, { hint, error })}>
        <Legend legend={legend} legendAs={legendAs} />
        <FieldMessagesView id={idPrefix} hint={hint} error={error} />
        <div className={classes.join(' ')}>
          {items.map((item, index) => {
            const id = radioId(idPrefix, index)
            const checked = value === item.value
            const conditionalId = `conditional-${id}`
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={item.value}
                    checked={checked}
                    onChange={() => onChange(item.value)}
                    aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                    aria-controls={item.conditional ? conditionalId : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div className="govuk-hint govuk-radios__hint" id={`${id}-item-hint`}>
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional ? (
                  <div
                    className={checked ? 'govuk-radios__conditional' : 'govuk-radios__conditional govuk-radios__conditional--hidden'}
                    id={conditionalId}
                    hidden={!checked}
                  >
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
