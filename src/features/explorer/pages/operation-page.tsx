// One endpoint (`#/explorer/:operation`): what it does, how the playground behaves, your key, and
// the request builder. Its inputs come from the route's query string when a link carries them.
import { Link, useLocation, useParams } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { Details } from '../../../ui/details.tsx'
import { RequestWorkspace } from '../builder/request-workspace.tsx'
import { MethodTag } from '../catalogue/method-tag.tsx'
import { InlineCode } from '../catalogue/inline-code.tsx'
import { findOperation } from '../catalogue/operations.ts'
import { KeySummary } from '../credentials/key-summary.tsx'
import { defaultInput } from '../request/request-input.ts'
import { decodeInput } from '../share/share-link.ts'
import { ResponsesReference } from './responses-reference.tsx'

export function OperationPage() {
  const { operation: slug } = useParams()
  const location = useLocation()
  const operation = findOperation(slug)
  if (!operation) {
    return (
      <>
        <title>{pageTitle('Endpoint not found – API explorer')}</title>
        <h1 className="govuk-heading-l">There is no endpoint called “{slug}”</h1>
        <p className="govuk-body">
          Choose one from the list, or go back to the <Link className="govuk-link" to={appPaths.explorer()}>API explorer</Link>.
        </p>
      </>
    )
  }
  const { summary, description } = operation.operation
  const notes = operation.operation['x-playground-notes'] ?? []
  const initialInput = decodeInput(operation, new URLSearchParams(location.search)) ?? defaultInput(operation)
  return (
    <>
      <title>{pageTitle(`${summary} – API explorer`)}</title>
      <span className="govuk-caption-l">{operation.tag}</span>
      <h1 className="govuk-heading-l">{summary}</h1>
      <p className="govuk-body app-explorer-endpoint">
        <MethodTag method={operation.method} /> <code className="app-code">{operation.path}</code>
      </p>
      <p className="govuk-body">
        <InlineCode text={description} />
      </p>
      {notes.length > 0 && (
        <Details summary="How the playground behaves here">
          <ul className="govuk-list govuk-list--bullet">
            {notes.map((note) => (
              <li key={note}>
                <InlineCode text={note} />
              </li>
            ))}
          </ul>
        </Details>
      )}
      <ResponsesReference operation={operation} />
      <KeySummary />
      {/* A new navigation (a followed link, a replay) starts a fresh form with that navigation's inputs. */}
      <RequestWorkspace key={location.key} operation={operation} initialInput={initialInput} />
    </>
  )
}
