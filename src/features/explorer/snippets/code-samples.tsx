// The request as code in the language of your choice, always matching the form, with a copy
// button. The choice of language is remembered.
import type { HarRequest } from 'httpsnippet-lite'
import { useState } from 'react'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { CopyButton } from '../../../ui/copy-button.tsx'
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

export function CodeSamples({ har, usesPlaceholderKey }: { har: HarRequest; usesPlaceholderKey: boolean }) {
  const [languageId, setLanguageId] = useState(() => findLanguage(savedLanguage()).id)
  const language = findLanguage(languageId)
  const snippet = useSnippet(har, language)
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
        {usesPlaceholderKey ? ', with YOUR_API_KEY where your key goes' : ', with your key'}. Run from anywhere but a
        playground page, it would reach the real GOV.UK Pay, which does not accept playground keys.
      </p>
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
