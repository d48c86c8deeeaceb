// The languages the explorer shows code in, each with the httpsnippet-lite target and client that
// writes it. Every client here needs nothing beyond the language's standard library, except
// Python's requests (the library most Python code uses for HTTP).
import type { ClientId, TargetId } from 'httpsnippet-lite'

export interface SnippetLanguage {
  id: string
  label: string
  target: TargetId
  client: ClientId
}

export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'curl', target: 'shell', client: 'curl' },
  { id: 'node', label: 'Node.js', target: 'node', client: 'native' },
  { id: 'javascript', label: 'JavaScript (fetch)', target: 'javascript', client: 'fetch' },
  { id: 'python', label: 'Python', target: 'python', client: 'requests' },
  { id: 'ruby', label: 'Ruby', target: 'ruby', client: 'native' },
  { id: 'php', label: 'PHP', target: 'php', client: 'curl' },
  { id: 'go', label: 'Go', target: 'go', client: 'native' },
  { id: 'java', label: 'Java', target: 'java', client: 'nethttp' },
  { id: 'csharp', label: 'C#', target: 'csharp', client: 'httpclient' },
]

export const findLanguage = (id: string | null | undefined): SnippetLanguage =>
  SNIPPET_LANGUAGES.find((language) => language.id === id) ?? SNIPPET_LANGUAGES[0]!
