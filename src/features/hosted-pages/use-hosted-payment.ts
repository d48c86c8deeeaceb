// The payment a hosted page shows, with its service, through React Query. Any change to stored
// data (this tab, another tab, the API) invalidates it, so the page follows the payment; a slow
// poll notices expiry that happens just because time passed.
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../lib/query-keys.ts'
import { getHostedPayment } from '../../simulator/services/hosted-session.ts'

const POLL_MS = 30_000

export function useHostedPayment(paymentId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.hostedPayment(paymentId),
    queryFn: () => getHostedPayment(paymentId),
    enabled,
    refetchInterval: POLL_MS,
  })
}
