// This browser's sandbox services, and switching between them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { listServices, switchService } from '../../../simulator/services/service-accounts.ts'

export function useServices() {
  return useQuery({ queryKey: queryKeys.services, queryFn: listServices })
}

/** Makes a service current. Every page's data then belongs to it, so every query is refreshed. */
export function useSwitchService(onSwitched: (name: string) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: switchService,
    onSuccess: async (service) => {
      await queryClient.invalidateQueries()
      onSwitched(service.name)
    },
  })
}
