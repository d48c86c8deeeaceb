// The hosted pages' footer. The real pages link to GOV.UK Pay's privacy notice, cookies and
// accessibility statement; these are the playground's pages, so the footer says what they are instead.
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { FooterMeta } from '../../ui/footer-meta.tsx'

export function HostedFooter() {
  return (
    <FooterMeta heading="About these pages">
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        These are the GOV.UK Pay Playground’s simulated payment pages: what a paying user sees after a service sends
        them to GOV.UK Pay. No real payments are taken, and nothing you enter leaves your browser.
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <Link className="govuk-footer__link" to={appPaths.start()}>
          Go to the playground’s start page
        </Link>
      </p>
    </FooterMeta>
  )
}
