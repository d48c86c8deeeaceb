// The service the playground is acting on, in the header of every shell page, with a link to
// switch to another or create one. Nothing shows until the simulator can say which it is.
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { queryKeys } from '../../lib/query-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'

export function HeaderCurrentService() {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  if (!service.data) return null
  return (
    <div className="app-header__service">
      <span className="app-header__service-label">Service:</span> <strong className="app-header__service-name">{service.data.name}</strong>{' '}
      <Link className="govuk-link govuk-link--inverse app-header__service-link" to={appPaths.services()}>
        Switch service
      </Link>
    </div>
  )
}
