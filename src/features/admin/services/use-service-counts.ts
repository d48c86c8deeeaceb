// How many payments, refunds and working keys each service holds, for the services table.
import { useQuery } from '@tanstack/react-query'
import { countServiceData, type ServiceCounts } from '../../../simulator/services/service-data.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'

export function useServiceCounts(services: readonly ServiceRecord[] | undefined) {
  const ids = (services ?? []).map((service) => service.id)
  return useQuery({
    queryKey: ['services', 'counts', ...ids],
    queryFn: async (): Promise<Map<string, ServiceCounts>> => new Map(await Promise.all(ids.map(async (id) => [id, await countServiceData(id)] as const))),
    enabled: services !== undefined,
  })
}
