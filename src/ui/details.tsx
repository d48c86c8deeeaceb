// GOV.UK details: a short summary that opens to more. The native <details> element does the work.
import type { ReactNode } from 'react'

export function Details({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  return (
    <details className={className ? `govuk-details ${className}` : 'govuk-details'}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  )
}
