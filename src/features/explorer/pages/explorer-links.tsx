// The explorer's other pages and the API description download, under the endpoint list.
import { useMemo } from 'react'
import { NavLink } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { OPENAPI_FILE_NAME, openApiJson } from '../openapi/document.ts'

export const explorerPaths = {
  history: () => `${appPaths.explorer()}/history`,
  reference: () => `${appPaths.explorer()}/reference`,
}

export function OpenApiDownloadLink() {
  // A data: URL rather than a blob URL, so the link works as a plain link and needs no clean-up.
  const href = useMemo(() => `data:application/json;charset=utf-8,${encodeURIComponent(openApiJson())}`, [])
  return (
    <a className="govuk-link" href={href} download={OPENAPI_FILE_NAME}>
      Download the OpenAPI description (JSON)
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
          <OpenApiDownloadLink />
        </li>
      </ul>
    </nav>
  )
}
