// The list of endpoints, grouped as the real documentation groups them, with a search box. Each
// entry links to the endpoint's own page (`#/explorer/create-payment`).
import { useId, useState } from 'react'
import { NavLink } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { MethodTag } from './method-tag.tsx'
import { operationGroups, searchOperations } from './operations.ts'

export function EndpointNav() {
  const [search, setSearch] = useState('')
  const searchId = useId()
  const found = searchOperations(search)
  const groups = operationGroups(found)
  return (
    <nav aria-label="API endpoints" className="app-explorer-nav">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={searchId}>
          Find an endpoint
        </label>
        <input
          className="govuk-input"
          id={searchId}
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="govuk-visually-hidden" role="status">
        {search === '' ? '' : `${found.length} ${found.length === 1 ? 'endpoint matches' : 'endpoints match'}`}
      </p>
      {groups.length === 0 && <p className="govuk-body">No endpoint matches “{search}”.</p>}
      {groups.map((group) => (
        <div key={group.name}>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{group.name}</h2>
          <ul className="govuk-list app-explorer-nav__list">
            {group.operations.map((operation) => (
              <li key={operation.slug}>
                <MethodTag method={operation.method} />{' '}
                <NavLink
                  className={({ isActive }) => (isActive ? 'govuk-link app-explorer-nav__link--current' : 'govuk-link')}
                  to={appPaths.explorer(operation.slug)}
                >
                  {operation.operation.summary}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
