// The fault injection tool: what is on now (with "Turn off faults"), and the form that makes API
// requests fail on purpose or slows every response down.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { faultsActive, NO_FAULTS, setFaultSettings } from '../../../simulator/services/faults.ts'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useOutcome } from '../outcome.tsx'
import { type FaultFormErrors, type FaultFormFields, fieldsFrom, readFaultForm } from './fault-form.ts'
import { FaultSettingsForm } from './fault-settings-form.tsx'
import { FaultStatus } from './fault-status.tsx'
import { useFaultSettings } from './use-fault-settings.ts'

export function FaultsSection() {
  const queryClient = useQueryClient()
  const settings = useFaultSettings()
  const [fields, setFields] = useState<FaultFormFields>()
  const [errors, setErrors] = useState<FaultFormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const { message: saved, show: setSaved, banner } = useOutcome('faults')
  const [failure, setFailure] = useState<string>()

  // The form starts from the saved settings, once; later changes (the countdown) do not overwrite typing.
  useEffect(() => {
    if (fields === undefined && settings.data) setFields(fieldsFrom(settings.data))
  }, [fields, settings.data])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!fields) return
    setAttempt((count) => count + 1)
    setSaved(undefined)
    setFailure(undefined)
    const result = readFaultForm(fields)
    if (!result.ok) return setErrors(result.errors)
    setErrors({})
    try {
      const stored = await setFaultSettings(result.settings)
      queryClient.setQueryData(queryKeys.faultSettings, stored)
      setFields(fieldsFrom(stored))
      setSaved(faultsActive(stored) ? 'Fault settings saved. They apply to API requests from every tab.' : 'Faults turned off.')
    } catch (error) {
      setFailure(`The fault settings could not be saved: ${describeError(error)}`)
    }
  }

  return (
    <section aria-labelledby="faults-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="faults-heading">
        Fault injection
      </h2>
      <p className="govuk-body">
        Make the simulated API fail or slow down on purpose, to see how an integration copes. A failed request gets
        the answer the real API gives when something behind it breaks: HTTP 500 with the endpoint’s “Downstream
        system error” code. The settings are saved, so they apply in every tab and after a reload.
      </p>
      <FaultStatus
        onTurnedOff={() => {
          setFields(fieldsFrom(NO_FAULTS))
          setSaved('Faults turned off.')
        }}
      />
      {saved && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      )}
      {fields && (
        <FaultSettingsForm
          fields={fields}
          errors={errors}
          attempt={attempt}
          failure={failure}
          onChange={setFields}
          onSubmit={(event) => void save(event)}
        />
      )}
    </section>
  )
}
