// What the admin site's agreements pages read: a page of a service's agreements (the reference
// matched in part, as the real admin site searches), and one agreement with its newest payments.
// Changes due by now (queued agreement payments, which can make an agreement inactive) are applied
// first, so the pages show what the API would answer.
import type { AgreementStatus } from '../model/recurring-types.ts'
import type { PaymentRecord } from '../model/types.ts'
import { type AgreementPage, searchAgreements } from './agreement-search.ts'
import { type AgreementView, getAgreement } from './agreements.ts'
import { database, inTransaction } from './runtime.ts'

/** The real admin site's page size for agreements. */
export const ADMIN_AGREEMENTS_PAGE_SIZE = 20

export interface AgreementFilters {
  status?: AgreementStatus
  /** part of the reference, any case */
  reference?: string
}

export function listAgreements(serviceId: string, filters: AgreementFilters, page: number): Promise<AgreementPage> {
  return searchAgreements(serviceId, { ...filters, page, displaySize: ADMIN_AGREEMENTS_PAGE_SIZE }, { partialReference: true })
}

export interface AgreementWithPayments extends AgreementView {
  /** the agreement's newest payments (set-up payments and payments taken with it), newest first */
  payments: PaymentRecord[]
  /** how many payments the agreement has in all */
  paymentCount: number
}

/** An agreement of `serviceId` with its newest `limit` payments; undefined for an unknown agreement. */
export async function agreementWithPayments(serviceId: string, agreementId: string, limit: number): Promise<AgreementWithPayments | undefined> {
  // getAgreement applies the due changes first.
  return inTransaction(async () => {
    const view = await getAgreement(serviceId, agreementId)
    if (!view) return undefined
    const payments = () =>
      database().payments.where('[serviceId+agreementId+createdAt]').between([serviceId, agreementId, -Infinity], [serviceId, agreementId, Infinity])
    const [paymentCount, newest] = await Promise.all([payments().count(), payments().reverse().limit(limit).toArray()])
    return { ...view, payments: newest, paymentCount }
  })
}
