// The API key the explorer sends requests with, shared by every explorer page. It is one of the
// keys this browser remembers (made here, on the start page or in the admin site) that still works
// for the current service, or a pasted key that does not (so a learner can see the API's 401).
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { queryKeys } from '../../../lib/query-keys.ts'
import { onRememberedKeysChangedElsewhere } from '../../../lib/remembered-keys.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { hashApiKey } from '../../../simulator/services/api-key-format.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { forgetKey, rememberKey, saveSelectedKeyHash, selectedKeyHash, type KeyPersistence } from './remembered-keys.ts'
import { resolveRememberedKeys, type UsableKey } from './resolve-keys.ts'

export interface ExplorerKey {
  service?: ServiceRecord
  loading: boolean
  usable: UsableKey[]
  unusable: string[]
  /** The key requests are sent with, if any. */
  apiKey?: string
  /** The chosen key's record, when it is an active key of the current service. */
  current?: UsableKey
  select(key: string): void
  /** Remembers a key and chooses it. Resolves to false when it is not an active key of the service. */
  remember(key: string, persistence: KeyPersistence): Promise<boolean>
  forget(key: string): void
  forgetUnusable(): void
  /** A key just created here, shown once until the explorer is left. */
  created?: { key: string; persistence: KeyPersistence }
  setCreated(created: { key: string; persistence: KeyPersistence }): void
}

const ExplorerKeyContext = createContext<ExplorerKey | undefined>(undefined)

export function ExplorerKeyProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const serviceId = service.data?.id
  const resolved = useQuery({
    queryKey: queryKeys.explorerKeys(serviceId),
    queryFn: () => resolveRememberedKeys(serviceId!),
    enabled: serviceId !== undefined,
  })
  const [chosenHash, setChosenHash] = useState<string | null>(() => selectedKeyHash())
  const [unlistedKey, setUnlistedKey] = useState<string>()
  const [created, setCreated] = useState<ExplorerKey['created']>()

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.explorerKeys() }), [queryClient])
  // A key made in another tab (on the start page, say) is offered here at once.
  useEffect(() => onRememberedKeysChangedElsewhere(() => void refresh()), [refresh])
  const choose = useCallback((hash: string | null) => {
    setChosenHash(hash)
    saveSelectedKeyHash(hash)
  }, [])

  const usable = useMemo(() => resolved.data?.usable ?? [], [resolved.data])
  const current = usable.find((entry) => entry.hash === chosenHash) ?? (unlistedKey === undefined ? usable[0] : undefined)

  const value: ExplorerKey = {
    service: service.data,
    loading: service.isPending || resolved.isPending,
    usable,
    unusable: resolved.data?.unusable ?? [],
    apiKey: unlistedKey ?? current?.key,
    current: unlistedKey === undefined ? current : undefined,
    select: (key) => {
      const entry = usable.find((candidate) => candidate.key === key)
      if (!entry) return
      setUnlistedKey(undefined)
      choose(entry.hash)
    },
    remember: async (key, persistence) => {
      const hash = await hashApiKey(key)
      rememberKey(key, persistence)
      const found = await queryClient.fetchQuery({
        queryKey: queryKeys.explorerKeys(serviceId),
        queryFn: () => resolveRememberedKeys(serviceId!),
        staleTime: 0,
      })
      const listed = found.usable.some((entry) => entry.hash === hash)
      if (listed) {
        setUnlistedKey(undefined)
        choose(hash)
      } else {
        // Not a key of this service: use it for now so its 401 can be seen, but do not keep it.
        forgetKey(key)
        setUnlistedKey(key)
        void refresh()
      }
      return listed
    },
    forget: (key) => {
      forgetKey(key)
      if (unlistedKey === key) setUnlistedKey(undefined)
      if (current?.key === key) choose(null)
      void refresh()
    },
    created,
    setCreated,
    forgetUnusable: () => {
      for (const key of resolved.data?.unusable ?? []) forgetKey(key)
      void refresh()
    },
  }
  return <ExplorerKeyContext value={value}>{children}</ExplorerKeyContext>
}

export function useExplorerKey(): ExplorerKey {
  const context = useContext(ExplorerKeyContext)
  if (!context) throw new Error('useExplorerKey must be used inside ExplorerKeyProvider')
  return context
}
