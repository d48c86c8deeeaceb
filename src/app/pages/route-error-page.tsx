// Shown in place of a page that failed to render or load, inside the page shell.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { START_PATH } from '../../lib/navigation.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { NotFoundPage } from './not-found-page.tsx'
import { ProblemDetails } from './problem-details.tsx'

export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <>
      <title>{pageTitle('Sorry, there is a problem')}</title>
      <ProblemDetails error={isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error} />
      <p className="govuk-body">
        Or go to the <Link className="govuk-link" to={START_PATH}>start page</Link>.
      </p>
    </>
  )
}
