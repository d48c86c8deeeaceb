// What the agreement pages say when the id is not one of the current service's agreements.
import { Link } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import { agreementPaths } from './agreement-paths.ts'

export function AgreementNotFound({ agreementId, serviceName }: { agreementId: string; serviceName: string }) {
  return (
    <>
      <title>{pageTitle('Agreement not found')}</title>
      <h1 className="govuk-heading-l">Agreement not found</h1>
      <p className="govuk-body">
        There is no agreement with the ID <code className="app-code">{agreementId}</code> in {serviceName}.
      </p>
      <p className="govuk-body">
        Check the agreement ID, or find the agreement in the{' '}
        <Link className="govuk-link" to={agreementPaths.index()}>
          agreements list
        </Link>
        .
      </p>
    </>
  )
}
