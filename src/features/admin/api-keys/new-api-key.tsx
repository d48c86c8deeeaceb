// The new key, shown once. The simulator keeps a hash, so the admin site cannot show it again; this
// browser remembers it only for the API explorer, which says so and lets it be forgotten.
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import type { KeyPersistence } from '../../../lib/remembered-keys.ts'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { focusByScript } from '../../../ui/focus-by-script.ts'
import { InsetText } from '../../../ui/inset-text.tsx'
import { apiKeyPaths } from './api-key-paths.ts'

export function NewApiKey({ name, apiKey, rememberedIn }: { name: string; apiKey: string; rememberedIn?: KeyPersistence }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (heading.current) focusByScript(heading.current)
  }, [])
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        New API key
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <InsetText>
            <p className="govuk-body">Copy your key to somewhere safe.</p>
            <p className="govuk-body">You won’t be able to see it again once you leave this page.</p>
          </InsetText>
          <p className="govuk-body">
            Test keys start with <code className="app-code">api_test_</code>. Send the key with every request to the API, in
            the header <code className="app-code">Authorization: Bearer</code> followed by the key. Keep it out of source
            code and anything you share: anyone with the key can take payments and refunds as your service.
          </p>
        </div>
      </div>
      <h2 className="govuk-heading-m">{name}</h2>
      <p className="govuk-body">
        <span id="api-key" className="app-api-key">
          {apiKey}
        </span>
      </p>
      <CopyButton text={apiKey} label="Copy API key to clipboard" what="API key" copiedMessage="API key has been copied" />
      {rememberedIn && (
        <p className="govuk-body">
          This browser remembers the key {rememberedIn === 'tab' ? 'in this tab only' : 'on this device'}, so the{' '}
          <Link className="govuk-link" to={appPaths.explorer()}>
            API explorer
          </Link>{' '}
          can send requests with it.
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={apiKeyPaths.index()}>
          Go to your API keys
        </Link>
      </p>
    </>
  )
}
