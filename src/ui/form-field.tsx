// The parts every GOV.UK form field shares: the form group (red when in error), a hint and an
// inline error message, with the ids a control points to through aria-describedby.
import type { ReactNode } from 'react'

export interface FieldMessages {
  hint?: ReactNode
  error?: string
}

/** The ids of the hint and error of the field `id`, space separated, for aria-describedby. */
export function describedBy(id: string, { hint, error }: FieldMessages, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>{children}</div>
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="govuk-hint" id={`${id}-hint`}>
      {children}
    </div>
  )
}

export function ErrorMessage({ id, children }: { id: string; children: string }) {
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  )
}

export function FieldMessagesView({ id, hint, error }: FieldMessages & { id: string }) {
  return (
    <>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
    </>
  )
}
