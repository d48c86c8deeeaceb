// The query of GET /v1/agreements (pay-publicapi's AgreementSearchValidator; ledger's
// AgreementSearchParams): every bad parameter is named in one 422 P2401, in the validator's order.
// Other parameters are ignored: the validator's check for them only ever sees the four it knows.
import { AGREEMENT_STATUSES, type AgreementStatus } from '../model/recurring-types.ts'
import { type Check, isDisplaySize, isPage, maxLength, nonBlank, type Paging, validate } from './search-params.ts'

/** The search back end's page size, and the most it gives whatever display_size asks for. */
export const AGREEMENT_PAGE_SIZE = 20

export interface AgreementSearchQuery extends Paging {
  reference?: string
  status?: AgreementStatus
}

const CHECKS: Check[] = [
  // The status must be the lower-case name: CREATED is refused.
  ['status', (value) => (AGREEMENT_STATUSES as readonly string[]).includes(value)],
  ['reference', maxLength(255)],
  ['page', isPage],
  ['display_size', isDisplaySize],
]

export function parseAgreementSearch(params: URLSearchParams): AgreementSearchQuery {
  const given = nonBlank(params, CHECKS.map(([name]) => name))
  validate(given, CHECKS, 'P2401')
  const asked = Number(given.get('display_size') ?? AGREEMENT_PAGE_SIZE)
  const query: AgreementSearchQuery = { page: Number(given.get('page') ?? 1), displaySize: Math.min(asked, AGREEMENT_PAGE_SIZE) }
  const reference = given.get('reference')
  if (reference !== undefined) query.reference = reference
  const status = given.get('status')
  if (status !== undefined) query.status = status as AgreementStatus
  return query
}
