// The fault settings as a query (refetched whenever storage changes, in this tab or another) and
// turning them off, for the page and the site-wide banner.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { getFaultSettings, turnOffFaults } from '../../../simulator/services/faults.ts'

export function useFaultSettings() {
  return useQuery({ queryKey: queryKeys.faultSettings, queryFn: getFaultSettings })
}

export function useTurnOffFaults() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: turnOffFaults,
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.faultSettings, settings),
  })
}
