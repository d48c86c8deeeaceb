// The playground's footer: this is not a GOV.UK site, and the footer says so.
import { FooterMeta } from '../../ui/footer-meta.tsx'

export function Footer() {
  return (
    <FooterMeta heading="About this site">
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        The GOV.UK Pay Playground is an unofficial simulation for learning, demonstrations and training. It is not
        GOV.UK Pay: no real payments are taken, and nothing you enter leaves your browser.
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        For the real service, read the{' '}
        <a className="govuk-footer__link" href="https://docs.payments.service.gov.uk/">
          GOV.UK Pay technical documentation
        </a>
        .
      </p>
    </FooterMeta>
  )
}
