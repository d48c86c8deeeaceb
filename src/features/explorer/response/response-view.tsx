// The response to the last request sent: status with its meaning, every header, the body (pretty
// JSON) with any error code explained and a refund's events pointed out, and the links in it. The
// status line is announced to screen reader users through a live region.
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { Table } from '../../../ui/table.tsx'
import { collectLinks } from './collect-links.ts'
import { ErrorExplanation } from './error-explanation.tsx'
import { LinkList } from './link-list.tsx'
import { RefundEvents } from './refund-events.tsx'
import type { SendOutcome } from './send-request.ts'
import { reasonPhrase, statusMeaning } from './status-meaning.ts'

function prettyBody(text: string): { text: string; json?: unknown } {
  try {
    const json: unknown = JSON.parse(text)
    return { text: JSON.stringify(json, null, 2), json }
  } catch {
    return { text }
  }
}

export function statusLine(outcome: SendOutcome): string {
  if (outcome.kind === 'failed') return `The request was not sent: ${outcome.message}`
  const { status } = outcome.response
  return `${status} ${reasonPhrase(status)}`.trim()
}

function Received({ outcome, operation }: { outcome: Extract<SendOutcome, { kind: 'response' }>; operation?: ExplorerOperation }) {
  const { response, request } = outcome
  const meaning = statusMeaning(operation, response.status)
  const body = prettyBody(response.body)
  const links = body.json === undefined ? [] : collectLinks(body.json)
  return (
    <>
      <p className="govuk-body">
        {request.method} <code className="app-code">{request.url}</code>
        {meaning && (
          <>
            <br />
            {meaning}
          </>
        )}
        <br />
        Answered in {response.durationMs} ms.
      </p>
      <h3 className="govuk-heading-s" id="response-headers-heading">
        Headers
      </h3>
      <Table
        className="app-explorer-headers"
        aria-labelledby="response-headers-heading"
        firstCellIsHeader
        rowKeys={response.headers.map(([name]) => name)}
        rows={response.headers.map(([name, value]) => [name, <code className="app-code">{value}</code>])}
      />
      <h3 className="govuk-heading-s">Body</h3>
      {response.body === '' ? (
        <p className="govuk-body">No body{response.status === 204 ? ', as this endpoint answers 204 No Content.' : '.'}</p>
      ) : (
        <>
          <ErrorExplanation operation={operation} status={response.status} body={response.body} />
          <CodeBlock code={body.text} label="Response body" />
          <CopyButton text={body.text} label="Copy the response body" what="Response body" />
          <RefundEvents body={body.json} />
        </>
      )}
      <LinkList links={links} />
    </>
  )
}

export interface ResponseViewProps {
  outcome?: SendOutcome
  sending: boolean
  operation?: ExplorerOperation
}

export function ResponseView({ outcome, sending, operation }: ResponseViewProps) {
  const announcement = sending ? 'Sending the request…' : outcome ? `Response: ${statusLine(outcome)}` : ''
  return (
    <section aria-labelledby="response-heading" className="app-explorer-response">
      <h2 className="govuk-heading-l" id="response-heading">
        Response
      </h2>
      <p className="govuk-body-l app-explorer-status" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {!sending && !outcome && <p className="govuk-body">Send the request to see what the API answers.</p>}
      {!sending && outcome?.kind === 'failed' && (
        <p className="govuk-body">
          Your browser refused to send it, so the API never saw it. Check the header names and values.
        </p>
      )}
      {!sending && outcome?.kind === 'response' && <Received outcome={outcome} operation={operation} />}
    </section>
  )
}
