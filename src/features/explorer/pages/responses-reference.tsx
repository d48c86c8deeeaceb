// The answers an endpoint can give, from the API description: each status, and each error code
// under it with when it happens.
import { Details } from '../../../ui/details.tsx'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { reasonPhrase } from '../response/status-meaning.ts'

export function ResponsesReference({ operation }: { operation: ExplorerOperation }) {
  const responses = Object.entries(operation.operation.responses).sort(([a], [b]) => Number(a) - Number(b))
  return (
    <Details summary="Responses and error codes">
      <dl className="govuk-summary-list">
        {responses.map(([status, response]) => {
          const examples = Object.values(response.content ?? {}).flatMap((media) => Object.values(media.examples ?? {}))
          return (
            <div className="govuk-summary-list__row" key={status}>
              <dt className="govuk-summary-list__key">
                {status} {reasonPhrase(Number(status))}
              </dt>
              <dd className="govuk-summary-list__value">
                <p className="govuk-body">{response.description}</p>
                {examples.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet">
                    {examples.map((example) => (
                      <li key={example.summary}>{example.summary}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          )
        })}
      </dl>
    </Details>
  )
}
