// "Test API keys": the service's active keys, a button to create one, and the revoked keys.
import { useNavigate } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import { Button } from '../../../ui/button.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { ApiKeyCard } from './api-key-card.tsx'
import { apiKeyPaths } from './api-key-paths.ts'
import { useServiceKeys } from './use-api-keys.ts'

export function ApiKeysIndexPage({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const keys = useServiceKeys(serviceId)
  const flash = useFlash()
  const navigate = useNavigate()
  return (
    <>
      <title>{pageTitle('Test API keys')}</title>
      <FlashBanner message={flash} />
      <h1 className="govuk-heading-l">Test API keys</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Use these keys to call the playground’s simulated API as {serviceName}. Each key acts on this service only: its
            payments, refunds and settings.
          </p>
          <p className="govuk-body">
            Playground keys only work in the playground. GOV.UK Pay does not accept them, and keys from a real GOV.UK Pay
            account do not work here.
          </p>
        </div>
      </div>
      <Button onClick={() => void navigate(apiKeyPaths.create())}>Create a new API key</Button>
      {keys.isPending ? <AdminLoading what="the API keys" /> : null}
      {keys.isError ? <AdminProblem error={keys.error} /> : null}
      {keys.data ? (
        <>
          <h2 className="govuk-heading-m">
            {keys.data.active.length > 0 ? `Active test API keys (${keys.data.active.length})` : 'There are no active test API keys'}
          </h2>
          {keys.data.active.map((key) => (
            <ApiKeyCard key={key.id} apiKey={key} />
          ))}
          {keys.data.revoked.length > 0 ? (
            <Button variant="secondary" onClick={() => void navigate(apiKeyPaths.revoked())}>
              Show revoked API keys
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  )
}
