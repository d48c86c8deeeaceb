// Searching a service's agreements, newest first, as ledger does: reference is an exact match
// ignoring case, status an exact match. The most selective filter picks the index.
import type { AgreementRecord } from '../model/recurring-types.ts'
import type { AgreementSearchQuery } from '../rules/agreement-search-params.ts'
import type { AgreementView } from './agreements.ts'
import { newestInstrument } from './payment-instruments.ts'
import { database, inTransaction } from './runtime.ts'

export interface AgreementPage {
  total: number
  results: AgreementView[]
}

function candidates(serviceId: string, query: AgreementSearchQuery) {
  const agreements = database().agreements
  if (query.reference !== undefined) {
    const key = query.reference.toLowerCase()
    return agreements.where('[serviceId+referenceKey+createdAt]').between([serviceId, key, -Infinity], [serviceId, key, Infinity])
  }
  if (query.status !== undefined) {
    return agreements.where('[serviceId+status+createdAt]').between([serviceId, query.status, -Infinity], [serviceId, query.status, Infinity])
  }
  return agreements.where('[serviceId+createdAt]').between([serviceId, -Infinity], [serviceId, Infinity])
}

export function searchAgreements(serviceId: string, query: AgreementSearchQuery): Promise<AgreementPage> {
  return inTransaction(async () => {
    const filter = (agreement: AgreementRecord) => query.status === undefined || agreement.status === query.status
    const matches = await candidates(serviceId, query).reverse().filter(filter).toArray()
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
