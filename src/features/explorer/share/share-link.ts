// The request builder's inputs in the route's query string, so a link opens the explorer with the
// same endpoint and inputs: `#/explorer/get-payment?path.paymentId=…`. The API key is never part
// of it, and neither is an Authorization header typed by hand.
import { appPaths, EXPLORER_INPUT_PREFIXES } from '../../../lib/app-paths.ts'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { defaultInput, type RequestInput } from '../request/request-input.ts'

const { path: PATH, query: QUERY, header: HEADER } = EXPLORER_INPUT_PREFIXES
const BODY = 'body'

const isSecretHeader = (name: string) => name.trim().toLowerCase() === 'authorization'

/** The query string for the inputs; the body is left out when it is the operation's example. */
export function encodeInput(operation: ExplorerOperation, input: RequestInput): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(input.pathParams)) if (value !== '') params.append(PATH + name, value)
  for (const [name, value] of Object.entries(input.query)) if (value !== '') params.append(QUERY + name, value)
  for (const { name, value } of input.headers) {
    if (name.trim() !== '' && value !== '' && !isSecretHeader(name)) params.append(HEADER + name.trim(), value)
  }
  if (operation.bodySchema && input.body !== defaultInput(operation).body) params.append(BODY, input.body)
  return params
}

/** The inputs a query string describes, starting from a fresh form; undefined if it describes none. */
export function decodeInput(operation: ExplorerOperation, params: URLSearchParams): RequestInput | undefined {
  const input = defaultInput(operation)
  let found = false
  const headers: RequestInput['headers'] = []
  params.forEach((value, name) => {
    if (name.startsWith(PATH)) input.pathParams[name.slice(PATH.length)] = value
    else if (name.startsWith(QUERY)) input.query[name.slice(QUERY.length)] = value
    else if (name.startsWith(HEADER) && !isSecretHeader(name.slice(HEADER.length))) headers.push({ name: name.slice(HEADER.length), value })
    else if (name === BODY && operation.bodySchema) input.body = value
    else return
    found = true
  })
  for (const header of headers) {
    const row = input.headers.find((existing) => existing.name.toLowerCase() === header.name.toLowerCase())
    if (row) row.value = header.value
    else input.headers.push(header)
  }
  return found ? input : undefined
}

/** The route (after `#`) that opens the operation with these inputs. */
export function explorerRoute(operation: ExplorerOperation, input?: RequestInput): string {
  const query = input ? encodeInput(operation, input).toString() : ''
  return query === '' ? appPaths.explorer(operation.slug) : `${appPaths.explorer(operation.slug)}?${query}`
}

/** An absolute link to the route, on this page's own address. */
export function absoluteAppLink(route: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${route}`
}
