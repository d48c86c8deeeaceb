// The simulator tools page's pointer to scenarios: a prepared service handed out as a link.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'

export function ScenariosTool() {
  return (
    <section aria-labelledby="scenarios-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="scenarios-heading">
        Scenarios
      </h2>
      <p className="govuk-body">
        Save a service as you prepared it — settings, demo data, chosen lessons, faults and the clock — and hand it to
        trainees as a link that recreates it in their own browser.
      </p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={appPaths.scenarios()}>
            Save a scenario
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={appPaths.openScenario()}>
            Open a scenario file
          </Link>
        </li>
      </ul>
    </section>
  )
}
