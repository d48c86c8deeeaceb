// What a status code means: the standard reason phrase, and what the API description says it means
// for this operation.
import type { ExplorerOperation } from '../catalogue/operations.ts'

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
}

export const reasonPhrase = (status: number): string => REASONS[status] ?? ''

export function statusMeaning(operation: ExplorerOperation | undefined, status: number): string | undefined {
  const documented = operation?.operation.responses[String(status)]?.description
  if (documented) return documented
  if (status === 404) return 'There is nothing at this address: check the path.'
  if (status === 405) return 'This address does not take this method.'
  return undefined
}
