// The fault injection tool: what is on now (with "Turn off faults"), and the form that makes API
// requests fail on purpose or slows every response down.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { faultsActive, getFaultSettings, NO_FAULTS, setFaultSettings } from '../../../simulator/services/faults.ts'
import { listServices } from '../../../simulator/services/service-accounts.ts'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useOutcome } from '../outcome.tsx'
import { ALL_SERVICES, type FaultFormErrors, type FaultFormFields, fieldsFrom, readFaultForm } from './fault-form.ts'
import { FaultSettingsForm } from './fault-settings-form.tsx'
import { FaultStatus } from './fault-status.tsx'

export function FaultsSection() {
  const queryClient = useQueryClient()
  const [scope, setScope] = useState(ALL_SERVICES)
  const serviceId = scope === ALL_SERVICES ? null : scope
  const settings = useQuery({ queryKey: queryKeys.faultSettingsFor(ALL_SERVICES), queryFn: () => getFaultSettings(null) })
  const services = useQuery({ queryKey: queryKeys.services, queryFn: listServices })
  const [fields, setFields] = useState<FaultFormFields>()
  const [errors, setErrors] = useState<FaultFormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const { message: saved, show: setSaved, banner } = useOutcome('faults')
  const [failure, setFailure] = useState<string>()

  // The form starts from the saved settings, once; later changes (the countdown) do not overwrite typing.
  useEffect(() => {
    if (fields === undefined && settings.data) setFields(fieldsFrom(settings.data))
  }, [fields, settings.data])

  // Another service chosen: the form shows that service's own settings (the select keeps focus).
  const chooseService = async (next: string) => {
    setFailure(undefined)
    try {
      const loaded = await getFaultSettings(next === ALL_SERVICES ? null : next)
      setScope(next)
      setFields(fieldsFrom(loaded, next))
      setErrors({})
    } catch (error) {
      setFailure(`The fault settings could not be read: ${describeError(error)}`)
    }
  }

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
      const stored = await setFaultSettings(result.settings, serviceId)
      queryClient.setQueryData(queryKeys.faultSettingsFor(scope), stored)
      await queryClient.invalidateQueries({ queryKey: queryKeys.faultSettings })
      setFields(fieldsFrom(stored, scope))
      const whose = serviceId === null ? '' : ` They apply to ${services.data?.find((service) => service.id === serviceId)?.name ?? 'that service'} only.`
      setSaved(faultsActive(stored) ? `Fault settings saved. They apply to API requests from every tab.${whose}` : 'Faults turned off.')
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
        system error” code. The settings are saved, so they apply in every tab and after a reload. They can apply to
        every service, or to one service only (the one whose API key sends the request): a service’s own settings
        replace the ones for every service.
      </p>
      <FaultStatus
        onTurnedOff={() => {
          setFields(fieldsFrom(NO_FAULTS, scope))
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
          services={services.data ?? []}
          onChooseService={(next) => void chooseService(next)}
          onSubmit={(event) => void save(event)}
        />
      )}
    </section>
  )
}
