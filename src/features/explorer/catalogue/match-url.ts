// Which operations an API URL belongs to, with the path parameters and query it carries. Used to
// turn a link from a response (`_links.self`, a pagination link) back into a filled-in request.
import { API_BASE_URL } from '../../../simulator/model/api-base.ts'
import { OPERATIONS, type ExplorerOperation } from './operations.ts'

export interface UrlMatch {
  operation: ExplorerOperation
  pathParams: Record<string, string>
  query: Record<string, string>
}

function templateRegExp(path: string): RegExp {
  const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, '(?<$1>[^/]+)')
  return new RegExp(`^${pattern}$`)
}

/**
 * Every operation at the URL's path, the one for `method` first (a link's own method), then the
 * others at the same address (so a payment's refunds link also offers "Submit a refund").
 */
export function operationsForUrl(href: string, method = 'GET'): UrlMatch[] {
  if (!href.startsWith(`${API_BASE_URL}/`)) return []
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return []
  }
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, name) => {
    query[name] = value
  })
  const matches: UrlMatch[] = []
  for (const operation of OPERATIONS) {
    const found = templateRegExp(operation.path).exec(url.pathname)
    if (!found) continue
    const pathParams: Record<string, string> = {}
    for (const [name, value] of Object.entries(found.groups ?? {})) pathParams[name] = decodeURIComponent(value)
    matches.push({ operation, pathParams, query })
  }
  return matches.sort((a, b) => Number(b.operation.method === method) - Number(a.operation.method === method))
}
