// Every `_links` entry in a response body, with where it was found (`results[0]`), so each can be
// followed: the payment's own links, and those of each search result or embedded refund.

export interface FoundLink {
  /** Where the `_links` object is: '' for the top level, or e.g. `results[2]`. */
  where: string
  rel: string
  href?: string
  method?: string
  params?: Record<string, unknown>
}

export const MAX_LINKS = 60

function visit(value: unknown, where: string, found: FoundLink[]): void {
  if (found.length >= MAX_LINKS || typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${where}[${index}]`, found))
    return
  }
  for (const [name, child] of Object.entries(value)) {
    if (name === '_links' && typeof child === 'object' && child !== null && !Array.isArray(child)) {
      for (const [rel, link] of Object.entries(child as Record<string, unknown>)) {
        if (found.length >= MAX_LINKS) return
        const { href, method, params } = (typeof link === 'object' && link !== null ? link : {}) as Record<string, unknown>
        found.push({
          where,
          rel,
          href: typeof href === 'string' ? href : undefined,
          method: typeof method === 'string' ? method : undefined,
          params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : undefined,
        })
      }
    } else {
      visit(child, where === '' ? name : `${where}.${name}`, found)
    }
  }
}

export function collectLinks(body: unknown): FoundLink[] {
  const found: FoundLink[] = []
  visit(body, '', found)
  return found
}
