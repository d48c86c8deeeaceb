// "Change API key name": the same question and rules as creating a key.
import { useNavigate } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { renameApiKey } from '../../../simulator/services/api-keys.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { withFlash } from '../flash.tsx'
import { apiKeyPaths } from './api-key-paths.ts'
import { KeyNameForm } from './key-name-form.tsx'

export function ChangeKeyNamePage({ apiKey }: { apiKey: ApiKeyRecord }) {
  const navigate = useNavigate()
  return (
    <>
      <title>{pageTitle('Change API key name')}</title>
      <BackLink to={apiKeyPaths.index()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <KeyNameForm
            heading="Change API key name"
            initialName={apiKey.name}
            submitLabel="Save changes"
            onSubmit={async (name) => {
              const renamed = await renameApiKey(apiKey.id, name)
              await navigate(apiKeyPaths.index(), withFlash(`The API key name was changed to ${renamed.name}`))
            }}
          />
        </div>
      </div>
    </>
  )
}
