// Small builders for the success responses the operations describe.
import { ref } from './schema-parts.ts'
import type { Header, MediaType } from './types.ts'

/** A JSON body of a named schema, with an example. */
export const json = (schema: string, example: unknown): Record<string, MediaType> => ({
  'application/json': { schema: ref(schema), example },
})

export const NO_CACHE_HEADERS: Readonly<Record<string, Header>> = {
  'Cache-Control': { description: 'Always no-store.', schema: { type: 'string', enum: ['no-store'] } },
  Pragma: { description: 'Always no-cache.', schema: { type: 'string', enum: ['no-cache'] } },
}
