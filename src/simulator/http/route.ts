// The route table: each operation of the registry with the handler that answers it. Handlers are
// thin (parse → service → present); the method, path, body and errors come from the registry.
import type { ServiceRecord } from '../model/types.ts'
import { OPERATIONS, type OperationId } from '../operations/index.ts'
import type { OperationSpec } from '../operations/operation.ts'
import type { JsonNode } from '../rules/json/json-node.ts'

/** What every handler is given. */
export interface OpenRouteContext {
  request: Request
  url: URL
  params: Record<string, string>
  /** the parsed JSON body, for operations that take one */
  body?: JsonNode
}

/** What the handler of an operation that needs a key is given: also the key's service. */
export interface RouteContext extends OpenRouteContext {
  service: ServiceRecord
}

export type RouteHandler = (context: RouteContext) => Promise<Response>
/** The handler of the operation answered without a key (MOTO authorisation). */
export type OpenRouteHandler = (context: OpenRouteContext) => Promise<Response>

type Operation = (typeof OPERATIONS)[number]

/** A handler for every operation; the one answered without a key gets no service. */
export type HandlerMap = { [Op in Operation as Op['id']]: Op['auth'] extends 'none' ? OpenRouteHandler : RouteHandler }

export interface Route {
  spec: OperationSpec<OperationId>
  pattern: RegExp
  /** `service` is the key's service; undefined only for the operation answered without a key. */
  handle: (context: OpenRouteContext, service: ServiceRecord | undefined) => Promise<Response>
}

export interface MatchedPath {
  routes: Route[]
  params: Record<string, string>
}

function compile(path: string): RegExp {
  const pattern = path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')
  return new RegExp(`^${pattern}$`)
}

function handlerFor(spec: Operation, handlers: HandlerMap): Route['handle'] {
  if (spec.auth === 'none') {
    const open = handlers[spec.id] as OpenRouteHandler
    return (context) => open(context)
  }
  const keyed = handlers[spec.id] as RouteHandler
  return (context, service) => {
    if (!service) throw new Error(`${spec.id} needs the service of an API key`)
    return keyed({ ...context, service })
  }
}

/** Every operation with its handler, in the registry's order; a handler is required for each. */
export function buildRoutes(handlers: Readonly<HandlerMap>): Route[] {
  return OPERATIONS.map((spec) => ({ spec, pattern: compile(spec.path), handle: handlerFor(spec, handlers) }))
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
