// The fault settings that are on, each with the service it applies to (refetched whenever storage
// changes, in this tab or another), and turning them all off, for the page and the site-wide banner.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { type FaultSettings, listActiveFaults, turnOffAllFaults } from '../../../simulator/services/faults.ts'
import { listServices } from '../../../simulator/services/service-accounts.ts'

export interface ActiveFault {
  /** null: every service */
  serviceId: string | null
  /** the service's name; undefined for every service */
  serviceName?: string
  settings: FaultSettings
}

async function readActiveFaults(): Promise<ActiveFault[]> {
  const [active, services] = await Promise.all([listActiveFaults(), listServices()])
  const names = new Map(services.map((service) => [service.id, service.name]))
  return active.map(({ serviceId, settings }) => ({
    serviceId,
    settings,
    ...(serviceId === null ? {} : { serviceName: names.get(serviceId) ?? 'A service that no longer exists' }),
  }))
}

export function useActiveFaults() {
  return useQuery({ queryKey: queryKeys.faultSettings, queryFn: readActiveFaults })
}

export function useTurnOffFaults() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: turnOffAllFaults,
    onSuccess: () => queryClient.setQueryData(queryKeys.faultSettings, []),
  })
}
