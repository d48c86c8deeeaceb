// The code for the current request in one language, rewritten whenever the request changes. A
// newer request always wins over an older one still being written.
import type { HarRequest } from 'httpsnippet-lite'
import { useEffect, useState } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { generateSnippet } from './generate-snippet.ts'
import type { SnippetLanguage } from './languages.ts'

export type SnippetState = { status: 'writing'; code?: string } | { status: 'ready'; code: string } | { status: 'failed'; error: string }

export function useSnippet(har: HarRequest, language: SnippetLanguage): SnippetState {
  const [state, setState] = useState<SnippetState>({ status: 'writing' })
  const signature = JSON.stringify(har)
  useEffect(() => {
    let current = true
    setState((previous) => ({ status: 'writing', code: previous.status === 'failed' ? undefined : previous.code }))
    generateSnippet(JSON.parse(signature) as HarRequest, language).then(
      (code) => current && setState({ status: 'ready', code }),
      (error: unknown) => current && setState({ status: 'failed', error: describeError(error) }),
    )
    return () => {
      current = false
    }
  }, [signature, language])
  return state
}
