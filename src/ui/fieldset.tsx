// A GOV.UK fieldset: related fields grouped under a legend, which can be styled as a heading.
import type { ReactNode } from 'react'

export interface FieldsetProps {
  legend: ReactNode
  /** The legend's size; with `headingLevel` it also wraps the text in a heading. */
  legendSize?: 's' | 'm' | 'l' | 'xl'
  headingLevel?: 1 | 2 | 3
  describedBy?: string
  className?: string
  children: ReactNode
}

export function Fieldset({ legend, legendSize, headingLevel, describedBy, className, children }: FieldsetProps) {
  const legendClass = legendSize ? `govuk-fieldset__legend govuk-fieldset__legend--${legendSize}` : 'govuk-fieldset__legend'
  const Heading = headingLevel ? (`h${headingLevel}` as const) : undefined
  return (
    <fieldset className={className ? `govuk-fieldset ${className}` : 'govuk-fieldset'} aria-describedby={describedBy}>
      <legend className={legendClass}>{Heading ? <Heading className="govuk-fieldset__heading">{legend}</Heading> : legend}</legend>
      {children}
    </fieldset>
  )
}
