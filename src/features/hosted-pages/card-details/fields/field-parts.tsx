// The parts the card form's fields share, with the real pages' ids, which teams' browser tests
// select by: each field's group (`data-validation` names the field), its label `#{id}-lbl`, and its
// inline error `p.govuk-error-message#error-{id}` with a visually hidden "Error:" in the page's language.
import type { ReactNode } from 'react'
import { useMessages } from '../../i18n/language.tsx'

/** The id of a field's inline error, as the real pages render it. */
export const errorId = (cssKey: string): string => `error-${cssKey}`

/** The ids a control is described by: its hint and its error, when it has them. */
export function describedByIds(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '')
  return present.length > 0 ? present.join(' ') : undefined
}

export function FieldGroup({ validation, error, className, children }: { validation: string; error?: string; className?: string; children: ReactNode }) {
  const classes = ['govuk-form-group']
  if (error) classes.push('govuk-form-group--error')
  if (className) classes.push(className)
  return (
    <div className={classes.join(' ')} data-validation={validation}>
      {children}
    </div>
  )
}

export function InlineError({ cssKey, children }: { cssKey: string; children: string }) {
  const messages = useMessages()
  return (
    <p className="govuk-error-message" id={errorId(cssKey)}>
      <span className="govuk-visually-hidden">{messages.fieldErrors.visuallyHiddenError}</span> {children}
    </p>
  )
}
