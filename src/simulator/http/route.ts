// The route table: each operation of the registry with the handler that answers it. Handlers are
// thin (parse → service → present); the method, path, body and errors come from the registry.
import type { ServiceRecord } from '../model/types.ts'
import { OPERATIONS, type OperationId } from '../operations/index.ts'
import type { OperationSpec } from '../operations/operation.ts'
import type { JsonNode } from '../rules/json/json-node.ts'

export interface RouteContext {
  request: Request
  url: URL
  service: ServiceRecord
  params: Record<string, string>
  /** the parsed JSON body, for operations that take one */
  body?: JsonNode
}

export type RouteHandler = (context: RouteContext) => Promise<Response>

export interface Route {
  spec: OperationSpec<OperationId>
  pattern: RegExp
  handle: RouteHandler
}

export interface MatchedPath {
  routes: Route[]
  params: Record<string, string>
}

function compile(path: string): RegExp {
  const pattern = path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')
  return new RegExp(`^${pattern}$`)
}

/** Every operation with its handler, in the registry's order; a handler is required for each. */
export function buildRoutes(handlers: Readonly<Record<OperationId, RouteHandler>>): Route[] {
  return OPERATIONS.map((spec) => ({ spec, pattern: compile(spec.path), handle: handlers[spec.id] }))
}

/** Finds every route whose path matches, whatever its method, with the path parameters. */
export function matchPath(routes: readonly Route[], pathname: string): MatchedPath | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(pathname)
    if (!match) continue
    const samePath = routes.filter((other) => other.spec.path === route.spec.path)
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
