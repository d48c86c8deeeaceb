// "Revoke {name}": a Yes/No question; Yes stops the key working at once.
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { revokeApiKeyById } from '../../../simulator/services/api-keys.ts'
import { YesNoPage } from '../yes-no-page.tsx'
import { apiKeyPaths } from './api-key-paths.ts'

export function RevokeApiKeyPage({ apiKey }: { apiKey: ApiKeyRecord }) {
  return (
    <YesNoPage
      title={`Revoke ${apiKey.name}`}
      back={apiKeyPaths.index()}
      idPrefix="revoke-confirm"
      question={`Are you sure you want to revoke ${apiKey.name}?`}
      hint="The key will stop working immediately. Any integration you’ve created will no longer work."
      inline
      noAnswer={`Confirm if you want to revoke ${apiKey.name}`}
      change={async () => {
        await revokeApiKeyById(apiKey.id)
        return `${apiKey.name} was successfully revoked`
      }}
      failed="The key could not be revoked"
    />
  )
}
