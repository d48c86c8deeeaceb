// A GOV.UK phase banner: a tag and a line of text under the header.
import type { ReactNode } from 'react'

export function PhaseBanner({ tag, children }: { tag: string; children: ReactNode }) {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  )
}
