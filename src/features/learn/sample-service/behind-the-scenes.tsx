// "What the service just did": the request the sample service sent to GOV.UK Pay and the answer,
// with the service's own code for that step beside it — so an audience sees both halves of the
// journey and the code behind them.
import type { ReactNode } from 'react'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { Details } from '../../../ui/details.tsx'
import type { PayExchange } from './steps/pay-api.ts'

const json = (value: unknown) => JSON.stringify(value, null, 2)

function requestText(exchange: PayExchange): string {
  const lines = [`${exchange.method} ${exchange.url}`, 'Authorization: Bearer [the service’s API key]']
  if (exchange.requestBody !== undefined) lines.push('Content-Type: application/json', '', json(exchange.requestBody))
  return lines.join('\n')
}

export interface BehindTheScenesProps {
  /** what the service did, in a sentence */
  summary: ReactNode
  exchange?: PayExchange
  /** the file the step's code is in, and its source */
  file: string
  source: string
}

export function BehindTheScenes({ summary, exchange, file, source }: BehindTheScenesProps) {
  return (
    <section className="app-behind-the-scenes" aria-labelledby="behind-the-scenes-heading">
      <h2 className="govuk-heading-m" id="behind-the-scenes-heading">
        What the service just did
      </h2>
      <div className="govuk-body">{summary}</div>
      {exchange ? (
        <>
          <h3 className="govuk-heading-s">The request it sent to GOV.UK Pay</h3>
          <CodeBlock code={requestText(exchange)} label="The request" />
          <h3 className="govuk-heading-s">The answer: {exchange.status}</h3>
          <CodeBlock code={exchange.responseBody === undefined ? '(no body)' : json(exchange.responseBody)} label="The answer" />
        </>
      ) : null}
      <Details summary={`The service’s code for this step (${file})`}>
        <CodeBlock code={source.trim()} label={`The code in ${file}`} />
      </Details>
    </section>
  )
}
