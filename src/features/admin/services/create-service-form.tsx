// "Create a service": a new sandbox service with the settings a new test account starts with.
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { createService, ServiceNameError } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'

const FIELD_ID = 'new-service-name'

export function CreateServiceForm({ onCreated }: { onCreated: (service: ServiceRecord) => void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setPending(true)
    try {
      const service = await createService(name)
      setName('')
      setError(undefined)
      onCreated(service)
    } catch (caught) {
      setError(caught instanceof ServiceNameError ? caught.message : `The service could not be created: ${describeError(caught)}`)
    } finally {
      setPending(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-service-heading">
      <h2 className="govuk-heading-m" id="create-service-heading">
        Create a service
      </h2>
      <p className="govuk-body">
        A new service starts as a new GOV.UK Pay test account does: no API keys, no payments, and the default settings.
        Give each team or trainee their own.
      </p>
      <ErrorSummary errors={error ? [{ text: error, fieldId: FIELD_ID }] : []} />
      <Input
        id={FIELD_ID}
        label="Service name"
        labelSize="s"
        hint="This is what your users will see when making a payment."
        error={error}
        value={name}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" disabled={pending}>
        Create service
      </Button>
    </form>
  )
}
