// The agreements list's filters live in the route's query string with the real admin site's names
// and values (`status=ACTIVE`, `reference`, `page`), so a filtered list can be shared and reloaded.
// This reads them and checks the reference as the real admin site does.
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../simulator/model/recurring-types.ts'
import type { AgreementFilters } from '../../../simulator/services/agreement-admin.ts'

export interface AgreementFilterValues {
  /** An agreement status in capitals (`ACTIVE`), or '' for all of them. */
  status: string
  reference: string
}

export interface ParsedAgreementFilters {
  values: AgreementFilterValues
  hasFilters: boolean
  /** The reference's error, if it is not one the search accepts. */
  referenceError?: string
  /** The search to run; absent while there is an error. */
  filters?: AgreementFilters
  page: number
}

export const REFERENCE_ERROR =
  'Reference number must contain at least one letter or number, and may also include spaces, hyphens, and underscores'

const STATUS_VALUES = new Map(AGREEMENT_STATUSES.map((status) => [status.toUpperCase(), status]))

/** The status of a query value; "ALL", lower case and anything unknown mean every status. */
export const statusOf = (value: string | null): AgreementStatus | undefined => (value === null ? undefined : STATUS_VALUES.get(value))

function pageOf(text: string | null): number {
  if (text === null || !/^\d+$/.test(text)) return 1
  const page = Number(text)
  return page >= 1 && page <= Number.MAX_SAFE_INTEGER ? page : 1
}

export function parseAgreementFilters(params: URLSearchParams): ParsedAgreementFilters {
  const status = statusOf(params.get('status'))
  const reference = (params.get('reference') ?? '').trim()
  const values = { status: status?.toUpperCase() ?? '', reference }
  const parsed: ParsedAgreementFilters = { values, hasFilters: status !== undefined || reference !== '', page: pageOf(params.get('page')) }
  if (reference !== '' && !/^[A-Za-z0-9 _-]+$/.test(reference)) return { ...parsed, referenceError: REFERENCE_ERROR }
  parsed.filters = {}
  if (status !== undefined) parsed.filters.status = status
  if (reference !== '') parsed.filters.reference = reference
  return parsed
}

/** The query string for the filters (empty ones left out), with the page when past the first. */
export function agreementParams(values: AgreementFilterValues, page = 1): URLSearchParams {
  const params = new URLSearchParams()
  if (statusOf(values.status) !== undefined) params.set('status', values.status)
  const reference = values.reference.trim()
  if (reference !== '') params.set('reference', reference)
  if (page > 1) params.set('page', String(page))
  return params
}
