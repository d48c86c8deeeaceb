// The GOV.UK footer, without the crown, the crest or the Open Government Licence: this is not a
// GOV.UK site, and the footer says so.
export function Footer() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About this site</h2>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                The GOV.UK Pay Playground is an unofficial simulation for learning, demonstrations and training. It is
                not GOV.UK Pay: no real payments are taken, and nothing you enter leaves your browser.
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                For the real service, read the{' '}
                <a className="govuk-footer__link" href="https://docs.payments.service.gov.uk/">
                  GOV.UK Pay technical documentation
                </a>
                .
              </p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  )
}
