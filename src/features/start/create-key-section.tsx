// "Create an API key": makes a key for the current service and shows it once. The simulator keeps
// only a hash; this browser remembers the key for the API explorer (where the person chose to keep
// new keys), and the example below uses it.
import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { describeError } from '../../lib/describe-error.ts'
import { queryKeys } from '../../lib/query-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'
import { Button } from '../../ui/button.tsx'
import { CopyButton } from '../../ui/copy-button.tsx'
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { createKeyForCurrentService, type StartPageKey } from './start-key.ts'

function NewKey({ created }: { created: StartPageKey }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => banner.current?.focus(), [created.key])
  return (
    <NotificationBanner type="success" ref={banner}>
      <h3 className="govuk-notification-banner__heading">Your new API key</h3>
      <code id="api-key" className="app-api-key">
        {created.key}
      </code>
      <p className="govuk-body">
        Copy the key now. It will not be shown again on this page: the playground keeps only a fingerprint of it, as
        GOV.UK Pay does.
      </p>
      {created.rememberedIn && (
        <p className="govuk-body">
          This browser remembers it {created.rememberedIn === 'tab' ? 'in this tab only' : 'on this device'}, so the{' '}
          <Link className="govuk-notification-banner__link" to={appPaths.explorer()}>
            API explorer
          </Link>{' '}
          can send requests with it.
        </p>
      )}
      <CopyButton text={created.key} label="Copy API key" what="API key" />
    </NotificationBanner>
  )
}

export interface CreateKeySectionProps {
  /** The key made on this visit to the page, if any. */
  created?: StartPageKey
  onCreated: (created: StartPageKey) => void
}

export function CreateKeySection({ created, onCreated }: CreateKeySectionProps) {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const create = useMutation({ mutationFn: createKeyForCurrentService, onSuccess: onCreated })
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
      {created !== undefined && <NewKey created={created} />}
      {create.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The key could not be created: {describeError(create.error)}
        </p>
      )}
      <Button
        variant={created === undefined ? 'primary' : 'secondary'}
        onClick={() => {
          if (!create.isPending) create.mutate()
        }}
      >
        {created === undefined ? 'Create an API key' : 'Create another API key'}
      </Button>
    </>
  )
}
