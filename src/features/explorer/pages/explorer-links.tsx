// The explorer's other pages and the API description the site serves, under the endpoint list.
import { NavLink } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { OPENAPI_FILE_NAME } from '../../../simulator/operations/openapi/document.ts'

export const explorerPaths = {
  history: () => `${appPaths.explorer()}/history`,
  reference: () => `${appPaths.explorer()}/reference`,
}

/** The address of the site's openapi.json, beside index.html whatever the base path. */
export const openApiUrl = (): string => new URL(OPENAPI_FILE_NAME, document.baseURI).href

export function OpenApiLink() {
  return (
    <a className="govuk-link" href={OPENAPI_FILE_NAME}>
      OpenAPI description (openapi.json)
    </a>
  )
}

export function ExplorerLinks() {
  const className = ({ isActive }: { isActive: boolean }) => (isActive ? 'govuk-link app-explorer-nav__link--current' : 'govuk-link')
  return (
    <nav aria-label="More in the API explorer">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">More</h2>
      <ul className="govuk-list app-explorer-nav__list">
        <li>
          <NavLink className={className} to={appPaths.explorer()} end>
            About the explorer and your key
          </NavLink>
        </li>
        <li>
          <NavLink className={className} to={explorerPaths.history()}>
            Request history
          </NavLink>
        </li>
        <li>
          <NavLink className={className} to={explorerPaths.reference()}>
            Statuses, errors and test cards
          </NavLink>
        </li>
        <li>
          <OpenApiLink />
        </li>
      </ul>
    </nav>
  )
}
