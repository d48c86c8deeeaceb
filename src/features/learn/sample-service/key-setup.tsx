// The sample service needs an API key, as any service does. This panel says which key it uses and
// whose it is, and makes one for the current service or takes one the person pastes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { Button } from '../../../ui/button.tsx'
import { Details } from '../../../ui/details.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { Input } from '../../../ui/input.tsx'
import { createSampleKey, sampleKeyState, storeSampleKey } from './sample-key.ts'

export const SAMPLE_KEY_QUERY = ['sample-service', 'key'] as const
const FIELD = 'sample-service-key'

function PasteKey({ onSaved }: { onSaved: () => void }) {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string>()
  const save = (event: FormEvent) => {
    event.preventDefault()
    if (!/^api_(test|live)_\w+/.test(value.trim())) return setError('Enter an API key, starting api_test_')
    setError(undefined)
    storeSampleKey(value.trim())
    setValue('')
    onSaved()
  }
  return (
    <form noValidate onSubmit={save}>
      <ErrorSummary errors={error ? [{ text: error, fieldId: FIELD }] : []} />
      <Input id={FIELD} label="Or paste a key you have" hint="A key of the service whose payments you want to see" error={error} value={value} autoComplete="off" spellCheck={false} onChange={(event) => setValue(event.target.value)} />
      <Button type="submit" variant="secondary">
        Use this key
      </Button>
    </form>
  )
}

export function KeySetup({ currentServiceName }: { currentServiceName: string }) {
  const queryClient = useQueryClient()
  const state = useQuery({ queryKey: SAMPLE_KEY_QUERY, queryFn: sampleKeyState })
  const refresh = () => void queryClient.invalidateQueries({ queryKey: SAMPLE_KEY_QUERY })
  const create = useMutation({ mutationFn: createSampleKey, onSuccess: refresh })
  const known = state.data
  return (
    <section className="app-sample-setup" aria-labelledby="sample-setup-heading">
      <h2 className="govuk-heading-m" id="sample-setup-heading" tabIndex={-1}>
        Set up: the service’s API key
      </h2>
      <p className="govuk-body">
        Like any service, this one needs an API key to call GOV.UK Pay. A real service keeps its key as a secret on its
        server; this sample has no server, so it keeps the key in this browser.
      </p>
      {known?.kind === 'ok' ? (
        <p className="govuk-body" id="sample-key-status">
          It uses a key of <strong>{known.serviceName}</strong>
          {known.current ? ', your current service, so its payments count in your lessons.' : `, not of your current service (${currentServiceName}).`}
        </p>
      ) : (
        <p className="govuk-body" id="sample-key-status">
          {known?.kind === 'refused' ? 'Its key no longer works: it was revoked, or the playground was reset.' : 'It has no key yet.'}
        </p>
      )}
      <FailureMessage message={create.isError ? `The key could not be created: ${describeError(create.error)}` : undefined} />
      {known?.kind === 'ok' && known.current ? null : (
        <Button onClick={() => create.mutate()} disabled={create.isPending}>
          Create a key for {currentServiceName}
        </Button>
      )}
      {known?.kind === 'ok' ? (
        <Details summary="Use another key">
          <PasteKey onSaved={refresh} />
        </Details>
      ) : (
        <PasteKey onSaved={refresh} />
      )}
    </section>
  )
}
