// "Create an API key": makes a key for the current service and shows it once. The key lives only
// in this component's state; the simulator keeps a hash, so leaving the page loses it for good.
import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { describeError } from '../../lib/describe-error.ts'
import { queryKeys } from '../../lib/query-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'
import { Button } from '../../ui/button.tsx'
import { CopyButton } from '../../ui/copy-button.tsx'
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { createKeyForCurrentService } from './start-key.ts'

function NewKey({ apiKey }: { apiKey: string }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => banner.current?.focus(), [apiKey])
  return (
    <NotificationBanner type="success" ref={banner}>
      <h3 className="govuk-notification-banner__heading">Your new API key</h3>
      <code id="api-key" className="app-api-key">
        {apiKey}
      </code>
      <p className="govuk-body">
        Copy the key now. It will not be shown again: the playground keeps only a fingerprint of it, as GOV.UK Pay
        does.
      </p>
      <CopyButton text={apiKey} label="Copy API key" what="API key" />
    </NotificationBanner>
  )
}

export function CreateKeySection() {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const [apiKey, setApiKey] = useState<string>()
  const create = useMutation({ mutationFn: createKeyForCurrentService, onSuccess: setApiKey })
  return (
    <>
      <h2 className="govuk-heading-m">Create an API key</h2>
      <p className="govuk-body">
        Your code needs an API key to call the API. Keys belong to a service
        {service.data ? (
          <>
            {' '}
            – this one will be for <strong>{service.data.name}</strong>
          </>
        ) : null}
        .
      </p>
      {apiKey !== undefined && <NewKey apiKey={apiKey} />}
      {create.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The key could not be created: {describeError(create.error)}
        </p>
      )}
      <Button
        variant={apiKey === undefined ? 'primary' : 'secondary'}
        onClick={() => {
          if (!create.isPending) create.mutate()
        }}
      >
        {apiKey === undefined ? 'Create an API key' : 'Create another API key'}
      </Button>
    </>
  )
}
