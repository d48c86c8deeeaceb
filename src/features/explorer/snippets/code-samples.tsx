// The request as code in the language of your choice, always matching the form, with a copy
// button. The choice of language is remembered. While a local bridge is connected, the code can be
// written for your terminal, with the bridge's address in place of the real API's.
import type { HarRequest } from 'httpsnippet-lite'
import { useState, useSyncExternalStore } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { API_BASE_URL } from '../../../simulator/model/api-base.ts'
import { bridgeStatus, onBridgeStatus } from '../../../simulator/services/bridge.ts'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { Select } from '../../../ui/select.tsx'
import { findLanguage, SNIPPET_LANGUAGES } from './languages.ts'
import { useSnippet } from './use-snippet.ts'

const LANGUAGE_STORAGE_KEY = 'pay-playground.explorer.language'

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null
  }
}

type Target = 'terminal' | 'page'

export function CodeSamples({ har, usesPlaceholderKey }: { har: HarRequest; usesPlaceholderKey: boolean }) {
  const [languageId, setLanguageId] = useState(() => findLanguage(savedLanguage()).id)
  const language = findLanguage(languageId)
  const bridge = useSyncExternalStore(onBridgeStatus, bridgeStatus, bridgeStatus)
  const bridgeUrl = bridge.kind === 'connected' ? bridge.bridgeUrl : undefined
  const [target, setTarget] = useState<Target>('terminal')
  const forTerminal = bridgeUrl !== undefined && target === 'terminal'
  const snippet = useSnippet(forTerminal ? { ...har, url: har.url.replace(API_BASE_URL, bridgeUrl) } : har, language)
  const choose = (id: string) => {
    setLanguageId(id)
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, id)
    } catch {
      // Storage is unavailable: the choice lasts until the page is left.
    }
  }
  const code = snippet.status === 'failed' ? undefined : snippet.code
  return (
    <section aria-labelledby="code-samples-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="code-samples-heading">
        Code for this request
      </h2>
      <p className="govuk-body">
        It changes as you fill in the form, and sends exactly what the explorer sends
        {usesPlaceholderKey ? ', with YOUR_API_KEY where your key goes' : ', with your key'}.
      </p>
      {bridgeUrl ? (
        <Radios
          idPrefix="code-target"
          legend="Where will you run it?"
          legendAs="s"
          value={target}
          onChange={(value) => setTarget(value as Target)}
          items={[
            { value: 'terminal', label: `In your terminal or your own back end, through the bridge at ${bridgeUrl}` },
            { value: 'page', label: 'In a page of the playground, at the real API’s address (the service worker answers)' },
          ]}
        />
      ) : (
        <p className="govuk-body">
          Run from a page of the playground, the code reaches the simulator. Run from your terminal or your own back
          end, it would reach the real GOV.UK Pay, which does not accept playground keys: to run it there, start the
          local bridge (<code className="app-code">npm run bridge</code>) and connect this browser to it on the{' '}
          <Link className="govuk-link" to={appPaths.simulator()}>
            simulator tools
          </Link>{' '}
          page.
        </p>
      )}
      <Select
        id="code-language"
        label="Language"
        labelSize="s"
        options={SNIPPET_LANGUAGES.map((option) => ({ value: option.id, text: option.label }))}
        value={language.id}
        onChange={(event) => choose(event.target.value)}
      />
      {snippet.status === 'failed' ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> The code could not be written: {snippet.error}
        </p>
      ) : code === undefined ? (
        <p className="govuk-body">Writing the code…</p>
      ) : (
        <div aria-busy={snippet.status === 'writing'} data-language={language.id}>
          <CodeBlock code={code} label={`${language.label} code for this request`} />
          <CopyButton text={code} label={`Copy the ${language.label} code`} what={`${language.label} code`} />
        </div>
      )}
    </section>
  )
}
