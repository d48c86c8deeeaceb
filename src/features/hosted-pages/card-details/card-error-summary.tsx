// The card form's error summary, in the real pages' structure: `#error-summary`, its title
// `#error-summary-title` ("The following fields are missing or contain errors"), and one link per
// problem with the id `{field}-error` (`card-no-error`, `expiry-month-error`, `email-typo-error`…),
// pointing at the field. It takes focus on each submit that finds a problem.
import { useEffect, useEffectEvent, useRef, type MouseEvent } from 'react'
import { focusField } from '../../../ui/error-summary.tsx'
import { useMessages } from '../i18n/language.tsx'

export interface SummaryItem {
  /** The kebab-case key of the field (`card-no`), which names the link `card-no-error`. */
  cssKey: string
  /** The element the link moves focus to. */
  target: string
  text: string
}

export function CardErrorSummary({ items, focusKey }: { items: readonly SummaryItem[]; focusKey: number }) {
  const messages = useMessages()
  const summary = useRef<HTMLDivElement>(null)
  const focusIfShown = useEffectEvent(() => {
    if (items.length > 0) summary.current?.focus()
  })
  useEffect(() => focusIfShown(), [focusKey])
  if (items.length === 0) return null
  const follow = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    event.preventDefault()
    focusField(target)
  }
  return (
    <div className="govuk-error-summary" id="error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="error-summary-title">
          {messages.fieldErrors.summary}
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.cssKey}>
                <a href={`#${item.target}`} id={`${item.cssKey}-error`} onClick={(event) => follow(event, item.target)}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
