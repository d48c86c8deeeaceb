// Creates a key for the current service from the explorer and remembers it (on this device or in
// this tab, as chosen) so requests can be sent with it. The key is shown once, by NewKeyBanner.
import { useMutation } from '@tanstack/react-query'
import { describeError } from '../../../lib/describe-error.ts'
import { createApiKey } from '../../../simulator/services/api-keys.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'
import { useExplorerKey } from './explorer-key.tsx'
import type { KeyPersistence } from './remembered-keys.ts'

export const EXPLORER_KEY_NAME = 'Key created in the API explorer'

export function CreateKey({ persistence }: { persistence: KeyPersistence }) {
  const { remember, setCreated } = useExplorerKey()
  const create = useMutation({
    mutationFn: async () => {
      const service = await ensureCurrentService()
      const { key } = await createApiKey(service.id, EXPLORER_KEY_NAME)
      await remember(key, persistence)
      return key
    },
    onSuccess: (key) => setCreated({ key, persistence }),
  })
  return (
    <>
      {create.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The key could not be created: {describeError(create.error)}
        </p>
      )}
      <Button
        variant="secondary"
        onClick={() => {
          if (!create.isPending) create.mutate()
        }}
      >
        Create an API key
      </Button>
    </>
  )
}
