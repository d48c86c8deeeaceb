// Code for a request in one language, written by httpsnippet-lite from the request's HAR form.
// The library is loaded on first use, so it is not part of the explorer's own chunk.
import type { HarRequest } from 'httpsnippet-lite'
import type { SnippetLanguage } from './languages.ts'

let library: Promise<typeof import('httpsnippet-lite')> | undefined

/**
 * The C# client takes the body's content type from the HAR body rather than the headers. A body
 * passed as plain text so that it is sent exactly as typed (see toHar) must still go out with the
 * Content-Type the request has.
 */
function keepContentType(code: string, har: HarRequest): string {
  const header = har.headers.find((candidate) => candidate.name.toLowerCase() === 'content-type')?.value
  if (!header || har.postData?.mimeType !== 'text/plain' || header === 'text/plain') return code
  return code.replace('new MediaTypeHeaderValue("text/plain")', `new MediaTypeHeaderValue(${JSON.stringify(header)})`)
}

/**
 * A path parameter not filled in yet is `{paymentId}` in the request's URL (see fillPath), which
 * httpsnippet-lite percent-encodes; the code shows it as `{paymentId}` again. A value typed with
 * braces is encoded before it reaches the URL, so it is never mistaken for one.
 */
function showPathPlaceholders(code: string, har: HarRequest): string {
  const names = [...har.url.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
  return names.reduce((text, name) => text.replaceAll(`%7B${name}%7D`, `{${name}}`), code)
}

export async function generateSnippet(har: HarRequest, language: SnippetLanguage): Promise<string> {
  library ??= import('httpsnippet-lite')
  const { HTTPSnippet } = await library
  const output = await new HTTPSnippet(har).convert(language.target, language.client)
  const code = Array.isArray(output) ? output.join('\n\n') : output
  if (!code) throw new Error(`No ${language.label} code could be written for this request`)
  return showPathPlaceholders(language.target === 'csharp' ? keepContentType(code, har) : code, har)
}
