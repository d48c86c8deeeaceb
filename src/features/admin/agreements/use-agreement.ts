// One agreement of the current service with its newest payments, for its page and its cancel page.
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { agreementWithPayments } from '../../../simulator/services/agreement-admin.ts'

/** How many of an agreement's payments its page lists, newest first. */
export const PAYMENTS_SHOWN = 20

export function useAgreement(serviceId: string, agreementId: string) {
  return useQuery({
    queryKey: queryKeys.agreement(serviceId, agreementId),
    // null, not undefined, for an unknown agreement: React Query refuses undefined as data.
    queryFn: async () => (await agreementWithPayments(serviceId, agreementId, PAYMENTS_SHOWN)) ?? null,
  })
}
