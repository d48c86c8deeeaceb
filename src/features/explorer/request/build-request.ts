// Turns the form into one request: the URL with its query, the headers (with the API key) and the
// body. The explorer sends it with fetch, and every code snippet is generated from its HAR form, so
// what you read is what is sent.
import type { HarRequest } from 'httpsnippet-lite'
import { API_BASE_URL } from '../../../simulator/model/api-base.ts'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { keepsMeaningWhenReformatted } from './json-text.ts'
import type { RequestInput } from './request-input.ts'

/** Shown in code instead of a key when none is chosen. */
export const KEY_PLACEHOLDER = 'YOUR_API_KEY'

export interface BuiltRequest {
  method: 'GET' | 'POST'
  /** The full URL, with the query string. */
  url: string
  /** The URL without the query string. */
  address: string
  query: Array<[string, string]>
  headers: Array<[string, string]>
  body?: string
}

/** The path with its parameters filled in; one still empty keeps its `{name}`, so the code shows what goes there. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name] ?? ''
    return value === '' ? placeholder : encodeURIComponent(value)
  })
}

function queryPairs(operation: ExplorerOperation, query: Record<string, string>): Array<[string, string]> {
  const documented = operation.queryParameters.map((parameter) => parameter.name)
  const names = [...documented, ...Object.keys(query).filter((name) => !documented.includes(name))]
  return names.flatMap((name) => {
    const value = query[name]
    return value === undefined || value === '' ? [] : [[name, value] as [string, string]]
  })
}

export function buildRequest(operation: ExplorerOperation, input: RequestInput, apiKey?: string): BuiltRequest {
  const address = `${API_BASE_URL}${fillPath(operation.path, input.pathParams)}`
  const query = queryPairs(operation, input.query)
  const search = new URLSearchParams(query).toString()
  const takesBody = operation.bodySchema !== undefined
  const headers: Array<[string, string]> = [['Authorization', `Bearer ${apiKey || KEY_PLACEHOLDER}`]]
  if (takesBody) headers.push(['Content-Type', 'application/json'])
  for (const { name, value } of input.headers) {
    const trimmed = name.trim()
    if (trimmed === '' || value === '') continue
    // A header typed by the user replaces the explorer's own of the same name.
    const existing = headers.findIndex(([other]) => other.toLowerCase() === trimmed.toLowerCase())
    if (existing >= 0) headers.splice(existing, 1)
    headers.push([trimmed, value])
  }
  return {
    method: operation.method,
    url: search === '' ? address : `${address}?${search}`,
    address,
    query,
    headers,
    ...(takesBody ? { body: input.body } : {}),
  }
}

export function toFetchInit(request: BuiltRequest): RequestInit {
  return { method: request.method, headers: request.headers, body: request.body }
}

function contentType(request: BuiltRequest): string {
  return request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'text/plain'
}

/**
 * The request as HAR, for httpsnippet-lite. Snippet generators re-serialise JSON bodies; when that
 * would change what is sent (a repeated key, 100.0, invalid JSON), the body is given as plain text
 * so every snippet sends exactly what was typed.
 */
export function toHar(request: BuiltRequest): HarRequest {
  const type = contentType(request)
  const body = request.body
  return {
    method: request.method,
    url: request.address,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: request.headers.map(([name, value]) => ({ name, value })),
    queryString: request.query.map(([name, value]) => ({ name, value })),
    headersSize: -1,
    bodySize: -1,
    ...(body === undefined
      ? {}
      : { postData: { mimeType: keepsMeaningWhenReformatted(body) ? type : 'text/plain', text: body } }),
  }
}
