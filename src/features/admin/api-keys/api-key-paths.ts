// The API keys pages, below #/admin/api-keys.
import { appPaths } from '../../../lib/app-paths.ts'

export const apiKeyPaths = {
  index: () => appPaths.apiKeys(),
  create: () => `${appPaths.apiKeys()}/create`,
  revoked: () => `${appPaths.apiKeys()}/revoked`,
  changeName: (keyId: string) => `${appPaths.apiKeys()}/${encodeURIComponent(keyId)}/change-name`,
  revoke: (keyId: string) => `${appPaths.apiKeys()}/${encodeURIComponent(keyId)}/revoke`,
}
