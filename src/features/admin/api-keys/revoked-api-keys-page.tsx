// "Revoked API keys": keys that no longer work, with when they were revoked.
import { pageTitle } from '../../../lib/page-title.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { ApiKeyCard } from './api-key-card.tsx'
import { apiKeyPaths } from './api-key-paths.ts'
import { useServiceKeys } from './use-api-keys.ts'

export function RevokedApiKeysPage({ serviceId }: { serviceId: string }) {
  const keys = useServiceKeys(serviceId)
  return (
    <>
      <BackLink to={apiKeyPaths.index()} />
      {keys.isPending ? <AdminLoading what="the revoked API keys" /> : null}
      {keys.isError ? <AdminProblem error={keys.error} /> : null}
      {keys.data ? (
        <>
          <title>{pageTitle(`Revoked API keys (${keys.data.revoked.length})`)}</title>
          <h1 className="govuk-heading-l">Revoked API keys ({keys.data.revoked.length})</h1>
          {keys.data.revoked.length === 0 ? <p className="govuk-body">No API keys of this service have been revoked.</p> : null}
          {keys.data.revoked.map((key) => (
            <ApiKeyCard key={key.id} apiKey={key} />
          ))}
        </>
      ) : null}
    </>
  )
}
