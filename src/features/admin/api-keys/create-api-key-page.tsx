// "Create a new API key": ask for a name, then show the key once. This browser also remembers the
// key (where the person chose to keep new keys) so the API explorer can send requests with it.
import { useState } from 'react'
import { pageTitle } from '../../../lib/page-title.ts'
import { rememberNewKey, type KeyPersistence } from '../../../lib/remembered-keys.ts'
import { createApiKey } from '../../../simulator/services/api-keys.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { apiKeyPaths } from './api-key-paths.ts'
import { KeyNameForm } from './key-name-form.tsx'
import { NewApiKey } from './new-api-key.tsx'

export function CreateApiKeyPage({ serviceId }: { serviceId: string }) {
  const [created, setCreated] = useState<{ name: string; key: string; rememberedIn?: KeyPersistence }>()
  if (created) {
    return (
      <>
        <title>{pageTitle('New API key')}</title>
        <NewApiKey name={created.name} apiKey={created.key} rememberedIn={created.rememberedIn} />
      </>
    )
  }
  return (
    <>
      <title>{pageTitle('API key name')}</title>
      <BackLink to={apiKeyPaths.index()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <KeyNameForm
            heading="API key name"
            submitLabel="Continue"
            onSubmit={async (name) => {
              const { key, record } = await createApiKey(serviceId, name)
              setCreated({ name: record.name, key, rememberedIn: rememberNewKey(key) })
            }}
          />
        </div>
      </div>
    </>
  )
}
