// The GOV.UK footer's frame with one block of text, without the crown, the crest or the Open
// Government Licence (this is not a GOV.UK site). `heading` names the block for screen readers.
import type { ReactNode } from 'react'

export function FooterMeta({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">{heading}</h2>
              {children}
            </div>
          </div>
        </div>
      </div>
    </footer>
  )
}
