// The current service's API keys (records only: a key itself is never stored), for the pages.
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { getApiKey, listApiKeys } from '../../../simulator/services/api-keys.ts'

export interface ServiceKeys {
  active: ApiKeyRecord[]
  revoked: ApiKeyRecord[]
}

export function useServiceKeys(serviceId: string) {
  return useQuery({
    queryKey: queryKeys.apiKeys(serviceId),
    queryFn: async (): Promise<ServiceKeys> => {
      const keys = await listApiKeys(serviceId)
      return {
        active: keys.filter((key) => key.revokedAt === undefined),
        revoked: keys.filter((key) => key.revokedAt !== undefined).sort((a, b) => (b.revokedAt ?? 0) - (a.revokedAt ?? 0)),
      }
    },
  })
}

/** One active key of the service; null when there is no such key, it is another service's, or revoked. */
export function useActiveKey(serviceId: string, keyId: string) {
  return useQuery({
    queryKey: queryKeys.apiKey(keyId),
    queryFn: async () => {
      const key = await getApiKey(keyId)
      return key && key.serviceId === serviceId && key.revokedAt === undefined ? key : null
    },
  })
}
