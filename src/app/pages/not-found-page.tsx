// Any address the router does not know.
import { Link } from 'react-router'
import { START_PATH } from '../../lib/navigation.ts'
import { pageTitle } from '../../lib/page-title.ts'

export function NotFoundPage() {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        Go to the <Link className="govuk-link" to={START_PATH}>start page</Link> to find the parts of the playground.
      </p>
    </>
  )
}
