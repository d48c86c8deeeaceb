// #/admin/api-keys/* — the current service's API keys: the list, create (the key shown once),
// change name, revoke, and the revoked keys.
import type { ReactNode } from 'react'
import { Route, Routes, useParams } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { apiKeyPaths } from './api-key-paths.ts'
import { ApiKeysIndexPage } from './api-keys-index-page.tsx'
import { ChangeKeyNamePage } from './change-key-name-page.tsx'
import { CreateApiKeyPage } from './create-api-key-page.tsx'
import { RevokeApiKeyPage } from './revoke-api-key-page.tsx'
import { RevokedApiKeysPage } from './revoked-api-keys-page.tsx'
import { useActiveKey } from './use-api-keys.ts'

function KeyNotFound() {
  return (
    <>
      <title>{pageTitle('API key not found')}</title>
      <BackLink to={apiKeyPaths.index()} />
      <h1 className="govuk-heading-l">API key not found</h1>
      <p className="govuk-body">This service has no active API key with that ID. It may have been revoked already.</p>
    </>
  )
}

/** Finds the active key named in the address, then shows `render` for it. */
function WithKey({ serviceId, render }: { serviceId: string; render: (key: ApiKeyRecord) => ReactNode }) {
  const { keyId = '' } = useParams()
  const key = useActiveKey(serviceId, keyId)
  if (key.isPending) return <AdminLoading what="the API key" />
  if (key.isError) return <AdminProblem error={key.error} />
  return key.data ? render(key.data) : <KeyNotFound />
}

function PageNotFound() {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">The API keys pages have no page at this address.</p>
    </>
  )
}

export function ApiKeysSection() {
  const service = useCurrentService()
  if (service.isPending) return <AdminLayout><AdminLoading what="the API keys" /></AdminLayout>
  if (service.isError) return <AdminLayout><AdminProblem error={service.error} /></AdminLayout>
  const { id, name } = service.data
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<ApiKeysIndexPage serviceId={id} serviceName={name} />} />
        <Route path="create" element={<CreateApiKeyPage serviceId={id} />} />
        <Route path="revoked" element={<RevokedApiKeysPage serviceId={id} />} />
        <Route path=":keyId/change-name" element={<WithKey serviceId={id} render={(key) => <ChangeKeyNamePage apiKey={key} />} />} />
        <Route path=":keyId/revoke" element={<WithKey serviceId={id} render={(key) => <RevokeApiKeyPage apiKey={key} />} />} />
        <Route path="*" element={<PageNotFound />} />
      </Routes>
    </AdminLayout>
  )
}
