// The dashboard's link boxes: what to do next with a sandbox service.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'

const LINKS = [
  {
    title: 'Make a test payment',
    to: appPaths.testPayment(),
    text: 'Try the payment experience as a user. Then view the completed payment as an administrator on GOV.UK Pay.',
  },
  {
    title: 'Try the API in the explorer',
    to: appPaths.explorer(),
    text: 'Pick an endpoint, fill in a request, see it as code in several languages, then send it to the simulated API.',
  },
  {
    title: 'Manage API keys',
    to: appPaths.apiKeys(),
    text: 'Create a key for your code to call the API with, and revoke keys you no longer use.',
  },
] as const

export function DashboardLinks() {
  return (
    <div className="govuk-grid-row app-dashboard-links">
      {LINKS.map((link) => (
        <div className="govuk-grid-column-one-third" key={link.title}>
          <article className="app-dashboard-links__box">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
              <Link className="govuk-link govuk-link--no-visited-state" to={link.to}>
                {link.title}
              </Link>
            </h2>
            <p className="govuk-body govuk-!-margin-bottom-0">{link.text}</p>
          </article>
        </div>
      ))}
    </div>
  )
}
