// What an API route is: the method and path it answers, the operation it performs (which decides
// its error codes) and the handler, which receives the authenticated service.
import type { OperationId } from '../model/errors.ts'
import type { ServiceRecord } from '../model/types.ts'
import type { JsonNode } from '../rules/json/json-node.ts'

export interface RouteContext {
  request: Request
  url: URL
  service: ServiceRecord
  params: Record<string, string>
  /** the parsed JSON body, for routes that take one */
  body?: JsonNode
}

export interface Route {
  method: 'GET' | 'POST'
  path: string
  operation: OperationId
  /** Set for routes whose body is JSON: the code for a body that is not valid JSON. */
  jsonBody?: { parseErrorCode: string }
  handle(context: RouteContext): Promise<Response>
}

export interface MatchedPath {
  routes: Route[]
  params: Record<string, string>
}

function compile(path: string): RegExp {
  const pattern = path.replace(/:(\w+)/g, '(?<$1>[^/]+)')
  return new RegExp(`^${pattern}$`)
}

/** Finds every route whose path matches, whatever its method, with the path parameters. */
export function matchPath(routes: Route[], pathname: string): MatchedPath | undefined {
  for (const route of routes) {
    const match = compile(route.path).exec(pathname)
    if (!match) continue
    const samePath = routes.filter((other) => other.path === route.path)
    const params: Record<string, string> = {}
    for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = decodeSegment(value)
    return { routes: samePath, params }
  }
  return undefined
}

/** A path segment decoded; a malformed escape is kept as written (the firewall refuses such addresses). */
function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
