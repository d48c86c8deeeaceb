// #/sample-service — the sample service's form: who is applying and for which licence. "Continue to
// payment" creates the payment (step 1) and shows what the service did before the user goes on.
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { formatPence } from '../../../lib/money.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { Input } from '../../../ui/input.tsx'
import { Radios } from '../../../ui/radios.tsx'
import startSource from './steps/start-payment.ts?raw'
import { BehindTheScenes } from './behind-the-scenes.tsx'
import { KeySetup, SAMPLE_KEY_QUERY } from './key-setup.tsx'
import { ServiceFrame } from './service-frame.tsx'
import { LICENCES, newReference } from './licences.ts'
import { sampleKeyState, storedSampleKey } from './sample-key.ts'
import { startPayment } from './steps/start-payment.ts'

type Errors = Partial<Record<'name' | 'licence' | 'key', string>>
const FIELD_IDS = { name: 'applicant-name', licence: 'licence', key: 'sample-setup-heading' } as const

/** The playground's own address (origin and path, no route): the service's return URL starts with it. */
export const serviceAddress = () => `${window.location.origin}${window.location.pathname}${window.location.search}`

export function ApplicationPage({ currentServiceName }: { currentServiceName: string }) {
  const navigate = useNavigate()
  const keyState = useQuery({ queryKey: SAMPLE_KEY_QUERY, queryFn: sampleKeyState })
  const [name, setName] = useState('')
  const [licence, setLicence] = useState<string>()
  const [errors, setErrors] = useState<Errors>({})
  const [attempt, setAttempt] = useState(0)
  const [failure, setFailure] = useState<string>()
  const [pending, setPending] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    setFailure(undefined)
    const chosen = LICENCES.find((item) => item.id === licence)
    const key = storedSampleKey()
    const found: Errors = {}
    if (name.trim() === '') found.name = 'Enter your full name'
    if (!chosen) found.licence = 'Select the licence you want'
    if (key === undefined || keyState.data?.kind !== 'ok') found.key = 'Set up the service’s API key first'
    setErrors(found)
    if (Object.keys(found).length > 0 || !chosen || key === undefined || pending) return
    setPending(true)
    try {
      const application = { name: name.trim(), licence: chosen.name, amount: chosen.amount, reference: newReference() }
      const started = await startPayment(application, key, serviceAddress())
      if (!started.nextUrl) {
        const body = started.exchange.responseBody as { code?: string; description?: string } | undefined
        setFailure(`GOV.UK Pay refused the payment: ${started.exchange.status} ${body?.code ?? ''} ${body?.description ?? ''}`.trim())
        return
      }
      await navigate(`${appPaths.sampleService()}/pay/${started.journeyId}`)
    } catch (error) {
      setFailure(`The service could not reach GOV.UK Pay: ${describeError(error)}`)
    } finally {
      setPending(false)
    }
  }

  const summary = (['key', 'name', 'licence'] as const).filter((field) => errors[field]).map((field) => ({ text: errors[field]!, fieldId: FIELD_IDS[field] }))
  const behind = (
    <>
      <KeySetup currentServiceName={currentServiceName} />
      <BehindTheScenes
        summary={
          <p className="govuk-body">
            Nothing yet. When you continue, the service creates a payment with GOV.UK Pay’s API and sends you to its
            next_url. This page then shows the request and the answer.
          </p>
        }
        file="steps/start-payment.ts"
        source={startSource}
      />
    </>
  )
  return (
    <ServiceFrame behind={behind}>
      <title>{pageTitle('Apply for a fishing licence – sample service')}</title>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={summary} focusKey={attempt} />
        <h1 className="govuk-heading-l">Apply for a rod fishing licence</h1>
        <p className="govuk-body">You need a licence to fish with a rod in England. It starts today.</p>
        <FailureMessage message={failure} />
        <Input id={FIELD_IDS.name} label="Full name" labelSize="s" autoComplete="name" spellCheck={false} value={name} error={errors.name} onChange={(event) => setName(event.target.value)} />
        <Radios
          idPrefix={FIELD_IDS.licence}
          legend="Which licence do you want?"
          legendAs="s"
          error={errors.licence}
          value={licence}
          onChange={setLicence}
          items={LICENCES.map((item) => ({ value: item.id, label: `${item.name}, ${formatPence(item.amount)}` }))}
        />
        <Button type="submit" disabled={pending}>
          Continue to payment
        </Button>
      </form>
    </ServiceFrame>
  )
}
