// The explorer's start (`#/explorer`): what it does, your API key, and the endpoints to start from.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { InsetText } from '../../../ui/inset-text.tsx'
import { MethodTag } from '../catalogue/method-tag.tsx'
import { operationGroups } from '../catalogue/operations.ts'
import { KeyPanel } from '../credentials/key-panel.tsx'
import { explorerPaths, OpenApiLink, openApiUrl } from './explorer-links.tsx'

export function ExplorerHome() {
  return (
    <>
      <title>{pageTitle('API explorer')}</title>
      <h1 className="govuk-heading-xl">API explorer</h1>
      <p className="govuk-body-l">
        Choose an endpoint, fill in the request and send it. You see the code for the request in nine languages before
        you send it, the whole response, and what each error code means. Links in a response take you to the next
        request.
      </p>
      <InsetText>
        Every request is answered by the playground’s simulator in this browser. Requests are kept in your{' '}
        <Link className="govuk-link" to={explorerPaths.history()}>
          request history
        </Link>{' '}
        without your key.
      </InsetText>
      <KeyPanel />
      <h2 className="govuk-heading-m govuk-!-margin-top-6">Endpoints</h2>
      {operationGroups().map((group) => (
        <div key={group.name}>
          <h3 className="govuk-heading-s">{group.name}</h3>
          <p className="govuk-body">{group.description}</p>
          <ul className="govuk-list">
            {group.operations.map((operation) => (
              <li key={operation.slug}>
                <MethodTag method={operation.method} />{' '}
                <Link className="govuk-link" to={appPaths.explorer(operation.slug)}>
                  {operation.operation.summary}
                </Link>{' '}
                <code className="app-code">{operation.path}</code>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h2 className="govuk-heading-m">Use the API description in your own tools</h2>
      <p className="govuk-body">
        The explorer is built from an OpenAPI 3 description of the simulated API, with every parameter rule, error code
        and the places where the playground reproduces a surprise of the real API. To import it into Postman, Insomnia,
        Swagger Editor or Prism, give them its address: <code className="app-code">{openApiUrl()}</code>
      </p>
      <p className="govuk-body">
        <OpenApiLink />
      </p>
    </>
  )
}
