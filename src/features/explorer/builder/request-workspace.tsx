// The request builder for one operation, in the order a person works: parameters, body and headers
// as a form with Send request straight after them; the response; then the code for the request,
// always matching the form, and a share link. Problems with what was typed are shown beside each
// field, but the request can be sent anyway. An empty path parameter is pointed out only when the
// person tries to send (an error summary linking to the field), and stops the request being sent.
import { useMemo, useState, type FormEvent } from 'react'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { useExplorerKey } from '../credentials/explorer-key.tsx'
import { buildRequest, toHar } from '../request/build-request.ts'
import type { RequestInput } from '../request/request-input.ts'
import { issueCount, missingPathParameters, validateInput } from '../request/validate-input.ts'
import { ResponseView } from '../response/response-view.tsx'
import { sendRequest, type SendOutcome } from '../response/send-request.ts'
import { absoluteAppLink, explorerRoute } from '../share/share-link.ts'
import { SharePanel } from '../share/share-panel.tsx'
import { CodeSamples } from '../snippets/code-samples.tsx'
import { BodyField } from './body-field.tsx'
import { HeaderFields } from './header-fields.tsx'
import { parameterFieldId, ParameterFields } from './parameter-fields.tsx'

export interface RequestWorkspaceProps {
  operation: ExplorerOperation
  initialInput: RequestInput
}

export function RequestWorkspace({ operation, initialInput }: RequestWorkspaceProps) {
  const { apiKey } = useExplorerKey()
  const [input, setInput] = useState(initialInput)
  const [outcome, setOutcome] = useState<SendOutcome>()
  const [sending, setSending] = useState(false)
  /** How many times Send was refused for an empty path parameter: each refusal moves focus to the summary. */
  const [refusedSends, setRefusedSends] = useState(0)
  const issues = useMemo(() => validateInput(operation, input), [operation, input])
  const request = buildRequest(operation, input, apiKey)
  const har = toHar(request)
  const problems = issueCount(issues)
  const missing = missingPathParameters(operation, input)
  const shownMissing = refusedSends > 0 ? missing : {}
  const missingErrors = operation.pathParameters.flatMap((parameter) => {
    const text = shownMissing[parameter.name]
    return text === undefined ? [] : [{ text, fieldId: parameterFieldId(parameter) }]
  })

  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    if (Object.keys(missing).length > 0) {
      setRefusedSends((count) => count + 1)
      return
    }
    setSending(true)
    setOutcome(await sendRequest(request))
    setSending(false)
  }

  return (
    <>
      <form onSubmit={(event) => void send(event)} noValidate aria-label={`${operation.operation.summary} request`}>
        <ErrorSummary errors={missingErrors} focusKey={refusedSends} />
        <ParameterFields
          legend="Path parameters"
          parameters={operation.pathParameters}
          values={input.pathParams}
          errors={{ ...issues.pathParams, ...shownMissing }}
          onChange={(name, value) => setInput({ ...input, pathParams: { ...input.pathParams, [name]: value } })}
        />
        <ParameterFields
          legend="Query parameters"
          parameters={operation.queryParameters}
          values={input.query}
          errors={issues.query}
          onChange={(name, value) => setInput({ ...input, query: { ...input.query, [name]: value } })}
        />
        {operation.bodySchema && (
          <BodyField value={input.body} examples={operation.bodyExamples} issues={issues.body} onChange={(body) => setInput({ ...input, body })} />
        )}
        <HeaderFields
          headers={input.headers}
          documented={operation.headerParameters}
          errors={issues.headers}
          takesBody={operation.bodySchema !== undefined}
          onChange={(headers) => setInput({ ...input, headers })}
        />
        {problems > 0 && (
          <p className="govuk-body" id="send-problems">
            {problems === 1 ? 'There is 1 problem' : `There are ${problems} problems`} with this request, shown beside the
            fields. You can still send it to see how the API answers.
          </p>
        )}
        {apiKey === undefined && (
          <p className="govuk-body">You have no API key chosen, so the API will answer 401. Create or paste one above.</p>
        )}
        <Button type="submit" aria-describedby={problems > 0 ? 'send-problems' : undefined} disabled={sending}>
          Send request
        </Button>
      </form>
      <ResponseView outcome={outcome} sending={sending} operation={operation} />
      <div className="app-explorer-after-response">
        <CodeSamples har={har} usesPlaceholderKey={apiKey === undefined} />
        <SharePanel link={absoluteAppLink(explorerRoute(operation, input))} />
      </div>
    </>
  )
}
