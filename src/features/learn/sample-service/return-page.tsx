// #/sample-service/return/:journeyId — where GOV.UK Pay sends the user back. The service finds the
// journey by its own id, gets the payment (step 2) and shows the page for how it went.
import checkSource from './steps/check-payment.ts?raw'
import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { BehindTheScenes } from './behind-the-scenes.tsx'
import { findJourney, type Journey, recordStep } from './journeys.ts'
import { OutcomeView } from './outcome-view.tsx'
import { storedSampleKey } from './sample-key.ts'
import { ServiceFrame } from './service-frame.tsx'
import { checkPayment, type Outcome } from './steps/check-payment.ts'

type Checked = { kind: 'checking' } | { kind: 'unknown' } | { kind: 'failed'; message: string } | { kind: 'checked'; journey: Journey; outcome: Outcome }

/** One look-up per arrival, however often React runs the effect. */
const checks = new Map<string, Promise<Checked>>()

function check(journeyId: string, arrival: string): Promise<Checked> {
  const id = `${journeyId} ${arrival}`
  let running = checks.get(id)
  if (!running) {
    running = (async (): Promise<Checked> => {
      const journey = findJourney(journeyId)
      const key = storedSampleKey()
      if (!journey || key === undefined) return { kind: 'unknown' }
      const { outcome, exchange } = await checkPayment(journey, key)
      return { kind: 'checked', journey: recordStep(journey, { kind: 'checked', exchange }), outcome }
    })().catch((error: unknown) => ({ kind: 'failed', message: describeError(error) }))
    checks.set(id, running)
  }
  return running
}

export function ReturnPage() {
  const { journeyId = '' } = useParams()
  const [arrival] = useState(() => String(Date.now()))
  const [state, setState] = useState<Checked>({ kind: 'checking' })
  useEffect(() => {
    let current = true
    void check(journeyId, arrival).then((checked) => {
      if (current) setState(checked)
    })
    return () => {
      current = false
    }
  }, [journeyId, arrival])

  if (state.kind === 'checking') {
    return (
      <ServiceFrame>
        <p className="govuk-body" role="status">
          Checking your payment…
        </p>
      </ServiceFrame>
    )
  }
  if (state.kind !== 'checked') {
    return (
      <ServiceFrame>
        <title>{pageTitle('Sorry, there is a problem – sample service')}</title>
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">
          {state.kind === 'unknown'
            ? 'We cannot find your application. It may have been made in another browser, or the playground was reset.'
            : `We could not check your payment: ${state.message}`}
        </p>
      </ServiceFrame>
    )
  }
  const checked = state.journey.steps.find((step) => step.kind === 'checked')?.exchange
  const behind = (
    <BehindTheScenes
      summary={
        <p className="govuk-body">
          The user came back to the return URL. The service found the journey by its own id, got the payment from
          GOV.UK Pay and read its state{checked?.status === 200 ? '' : ', but the API did not answer as expected'}: this
          is the page for <strong>{state.outcome.replace(/-/g, ' ')}</strong>.
        </p>
      }
      exchange={checked}
      file="steps/check-payment.ts"
      source={checkSource}
    />
  )
  return (
    <ServiceFrame behind={behind}>
      <OutcomeView outcome={state.outcome} application={state.journey.application} />
    </ServiceFrame>
  )
}
