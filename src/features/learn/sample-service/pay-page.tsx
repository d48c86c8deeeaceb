// #/sample-service/pay/:journeyId — the moment between creating the payment and leaving for
// GOV.UK Pay. A real service redirects at once; the sample stops so the audience can see the request.
import startSource from './steps/start-payment.ts?raw'
import { formatPence } from '../../../lib/money.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { BehindTheScenes } from './behind-the-scenes.tsx'
import type { Journey } from './journeys.ts'
import { ServiceFrame } from './service-frame.tsx'

export function PayPage({ journey }: { journey: Journey }) {
  const created = journey.steps.find((step) => step.kind === 'created')?.exchange
  const nextUrl = (created?.responseBody as { _links?: { next_url?: { href?: string } } } | undefined)?._links?.next_url?.href
  const behind = (
    <BehindTheScenes
      summary={
        <p className="govuk-body">
          It created a payment of {formatPence(journey.application.amount)} with the reference {journey.application.reference}, and
          a return URL that ends with its own random id for this journey, not the payment’s id. It kept the payment id
          against that random id. Now it sends the user to the payment’s next_url.
        </p>
      }
      exchange={created}
      file="steps/start-payment.ts"
      source={startSource}
    />
  )
  return (
    <ServiceFrame behind={behind}>
      <title>{pageTitle('Pay for your licence – sample service')}</title>
      <h1 className="govuk-heading-l">Pay for your licence</h1>
      <p className="govuk-body">
        {journey.application.licence} for {journey.application.name}: <strong>{formatPence(journey.application.amount)}</strong>
      </p>
      <p className="govuk-body">
        You will pay on GOV.UK Pay. A real service sends you there straight away; this sample stops here so you can see
        what it did.
      </p>
      {nextUrl ? (
        <a className="govuk-button govuk-button--start" href={nextUrl} draggable={false}>
          Continue to GOV.UK Pay
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
      ) : null}
    </ServiceFrame>
  )
}
