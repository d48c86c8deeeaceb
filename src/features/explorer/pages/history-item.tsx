// One request in the history: method, path, status and time, opening to the whole exchange, with
// "Open in the builder" and "Replay" (open and send again with your current key).
import { Link } from 'react-router'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { Details } from '../../../ui/details.tsx'
import type { HistoryEntry } from '../history/history-store.ts'
import { replayOf } from '../history/replay.ts'
import { reasonPhrase } from '../response/status-meaning.ts'
import { explorerRoute } from '../share/share-link.ts'

const time = (at: number) =>
  new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' })

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.pathname + parsed.search
  } catch {
    return url
  }
}

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

function Headers({ headers }: { headers: Record<string, string> }) {
  const entries = Object.entries(headers)
  if (entries.length === 0) return <p className="govuk-body">No headers.</p>
  return <CodeBlock code={entries.map(([name, value]) => `${name}: ${value}`).join('\n')} />
}

export function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const replay = replayOf(entry)
  const route = replay ? explorerRoute(replay.operation, replay.input) : undefined
  const path = pathOf(entry.url)
  return (
    <li className="app-explorer-history__item">
      <Details
        summary={
          <>
            <span className="app-explorer-history__method">{entry.method}</span> <span className="app-code">{path}</span> –{' '}
            <strong>{entry.status}</strong> {reasonPhrase(entry.status)} – <time dateTime={new Date(entry.startedAt).toISOString()}>{time(entry.startedAt)}</time>
            {entry.source === 'page' ? ' – from page code' : entry.source === 'bridge' ? ' – through the bridge' : ''}
            {entry.serviceName ? ` – ${entry.serviceName}` : ''}
          </>
        }
      >
        <p className="govuk-body">
          {entry.method} <code className="app-code">{entry.url}</code>, answered in {entry.durationMs} ms
          {entry.source === 'explorer'
            ? ', sent from the explorer'
            : entry.source === 'bridge'
              ? `, sent through the bridge at ${entry.bridgeUrl ?? ''} by a program outside the browser`
              : ', sent by page code'}
          {entry.pageUrl && entry.source === 'page' ? (
            <>
              {' '}
              at <code className="app-code">{entry.pageUrl}</code>
            </>
          ) : null}
          .
        </p>
        <p className="govuk-body">
          {entry.serviceName
            ? `Sent for ${entry.serviceName} with the API key “${entry.keyName ?? ''}”.`
            : 'The API key was missing or not accepted, so no service is known.'}
        </p>
        <h3 className="govuk-heading-s">Request headers</h3>
        <Headers headers={entry.requestHeaders} />
        {entry.requestBody !== '' && (
          <>
            <h3 className="govuk-heading-s">Request body</h3>
            <CodeBlock code={pretty(entry.requestBody)} />
          </>
        )}
        <h3 className="govuk-heading-s">Response headers</h3>
        <Headers headers={entry.responseHeaders} />
        <h3 className="govuk-heading-s">Response body</h3>
        {entry.responseBody === '' ? <p className="govuk-body">No body.</p> : <CodeBlock code={pretty(entry.responseBody)} />}
        {route ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={route}>
              Replay it in the builder<span className="govuk-visually-hidden">: {entry.method} {path}</span>
            </Link>{' '}
            – it opens filled in as it was sent; your current key is used when you send it.
          </p>
        ) : (
          <p className="govuk-body">This address is not one of the API’s endpoints, so it cannot be opened in the builder.</p>
        )}
      </Details>
    </li>
  )
}
