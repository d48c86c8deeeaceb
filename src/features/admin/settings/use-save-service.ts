// Saving a change to the current service from a settings page. The page the user goes back to (and
// the next one they open) reads the service from React Query: it gets the saved service at once,
// instead of showing the old settings until the change notice from storage arrives and the query
// is fetched again. A page opened in that gap would otherwise start from the old values.
import { useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { updateService } from '../../../simulator/services/service-accounts.ts'

export function useSaveService(): typeof updateService {
  const queryClient = useQueryClient()
  return async (serviceId, change) => {
    const updated = await updateService(serviceId, change)
    queryClient.setQueryData<ServiceRecord>(queryKeys.currentService, (current) => (current?.id === updated.id ? updated : current))
    return updated
  }
}
