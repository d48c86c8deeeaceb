// Every error code of the API once, for a reference table: what it means, the statuses it comes
// with, an example body and the operations that answer with it.
import { OPERATIONS } from '../index.ts'
import { exampleBody } from '../openapi/error-responses.ts'
import { errorsOf } from './build.ts'

export interface CatalogueEntry {
  code: string
  meaning: string
  statuses: number[]
  exampleDescription: string
  /** The summaries of the operations that answer with it; empty for the ones every operation shares. */
  operations: string[]
}

/** One entry per code and meaning, in code order; a code whose meaning differs by operation has one for each. */
export function errorCatalogue(): CatalogueEntry[] {
  const entries = new Map<string, CatalogueEntry>()
  const shared = new Set(errorsOf(OPERATIONS[0]).slice(OPERATIONS[0].errors.length))
  for (const operation of OPERATIONS) {
    for (const spec of errorsOf(operation)) {
      const variants = spec.variants.filter((variant) => !variant.liveOnly)
      if (variants.length === 0) continue
      const key = `${spec.code} ${spec.meaning}`
      const entry = entries.get(key) ?? {
        code: spec.code,
        meaning: spec.meaning,
        statuses: [...new Set(variants.map((variant) => variant.status))].sort((a, b) => a - b),
        exampleDescription: exampleBody(spec.code, variants[0]!).description!,
        operations: [],
      }
      if (!shared.has(spec) && !entry.operations.includes(operation.summary)) entry.operations.push(operation.summary)
      entries.set(key, entry)
    }
  }
  return [...entries.values()].sort((a, b) => a.code.localeCompare(b.code))
}
