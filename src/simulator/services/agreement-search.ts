// Searching a service's agreements, newest first, as ledger does: status is an exact match, and
// reference an exact match ignoring case for the API (publicapi asks ledger for an exact match) or,
// for the admin site, ledger's default `lower(reference) LIKE lower('%…%')`. The most selective
// filter picks the index.
import type { AgreementRecord } from '../model/recurring-types.ts'
import type { AgreementSearchQuery } from '../rules/agreement-search-params.ts'
import type { AgreementView } from './agreements.ts'
import { sweepExpired } from './expiry.ts'
import { newestInstrument } from './payment-instruments.ts'
import { likeMatcher } from './payment-search.ts'
import { database, inTransaction } from './runtime.ts'

export interface AgreementPage {
  total: number
  results: AgreementView[]
}

export interface AgreementSearchOptions {
  /** Match any agreement whose reference contains `query.reference` (the admin site's search). */
  partialReference?: boolean
}

function candidates(serviceId: string, query: AgreementSearchQuery, partialReference: boolean) {
  const agreements = database().agreements
  if (query.reference !== undefined && !partialReference) {
    const key = query.reference.toLowerCase()
    return agreements.where('[serviceId+referenceKey+createdAt]').between([serviceId, key, -Infinity], [serviceId, key, Infinity])
  }
  if (query.status !== undefined) {
    return agreements.where('[serviceId+status+createdAt]').between([serviceId, query.status, -Infinity], [serviceId, query.status, Infinity])
  }
  return agreements.where('[serviceId+createdAt]').between([serviceId, -Infinity], [serviceId, Infinity])
}

/** A page of a service's agreements, after the changes due by now (queued payments' outcomes) are applied. */
export async function searchAgreements(serviceId: string, query: AgreementSearchQuery, options: AgreementSearchOptions = {}): Promise<AgreementPage> {
  const partialReference = options.partialReference ?? false
  await sweepExpired()
  return inTransaction(async () => {
    const referenceMatches = partialReference && query.reference !== undefined ? likeMatcher(query.reference) : undefined
    const filter = (agreement: AgreementRecord) =>
      (query.status === undefined || agreement.status === query.status) && (referenceMatches === undefined || referenceMatches(agreement.reference))
    const matches = await candidates(serviceId, query, partialReference).reverse().filter(filter).toArray()
    const offset = (query.page - 1) * query.displaySize
    const page = matches.slice(offset, offset + query.displaySize)
    const results: AgreementView[] = []
    for (const agreement of page) {
      const instrument = await newestInstrument(agreement.id)
      results.push(instrument ? { agreement, instrument } : { agreement })
    }
    return { total: matches.length, results }
  })
}
