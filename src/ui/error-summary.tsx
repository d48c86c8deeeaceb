// A GOV.UK error summary. It takes focus when it appears (or its errors change), so the problem is
// the first thing announced. Hash routing owns the URL fragment, so a link moves focus to its field
// itself instead of changing the address.
import { useEffect, useEffectEvent, useRef, type MouseEvent } from 'react'

export interface ErrorSummaryItem {
  text: string
  /** The id of the field the error is about; the item links to it. */
  fieldId?: string
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[]
  title?: string
  /**
   * When given, the summary takes focus whenever this changes (each submit, say) rather than
   * whenever its errors change, so fixing a field on blur does not pull focus away from the form.
   */
  focusKey?: number
}

export function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId)
  if (!field) return
  field.scrollIntoView?.({ block: 'center' })
  field.focus()
}

export function ErrorSummary({ errors, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null)
  const signature = errors.map((error) => `${error.fieldId ?? ''}:${error.text}`).join('|')
  const trigger = focusKey ?? signature
  // Only a change of `trigger` moves focus; `signature` is read for whether there is anything to show.
  const focusIfShown = useEffectEvent(() => {
    if (signature !== '') summary.current?.focus()
  })
  useEffect(() => focusIfShown(), [trigger])
  if (errors.length === 0) return null
  const follow = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    event.preventDefault()
    focusField(fieldId)
  }
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.text}`}>
                {error.fieldId === undefined ? (
                  error.text
                ) : (
                  <a href={`#${error.fieldId}`} onClick={(event) => follow(event, error.fieldId ?? '')}>
                    {error.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
