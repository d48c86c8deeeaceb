// The service the admin site is showing: the current one (every admin page acts on it).
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../lib/query-keys.ts'
import { ensureCurrentService } from '../../simulator/services/service-accounts.ts'

export function useCurrentService() {
  return useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
}
