import { useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AppProviders } from '../../../../src/app/providers/app-providers.tsx'
import { changedTables } from '../../../../src/app/providers/storage-sync.ts'
import { queryKeys } from '../../../../src/lib/query-keys.ts'
import { addHistoryRecords, readHistory } from '../../../../src/simulator/services/request-history.ts'
import { createQueryClient } from '../../../../src/app/providers/query-client.ts'
import { createApiKey, listApiKeys } from '../../../../src/simulator/services/api-keys.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

function KeyCount() {
  const keys = useQuery({
    queryKey: ['keys'],
    queryFn: async () => listApiKeys((await ensureCurrentService()).id),
  })
  return <p>{keys.data === undefined ? 'Loading' : `${keys.data.length} keys`}</p>
}

function ServiceName() {
  const service = useQuery({ queryKey: ['service'], queryFn: ensureCurrentService })
  return <p>{service.data?.name ?? 'Loading'}</p>
}

const status = { persistent: true, serviceWorker: true }

describe('storage changes refresh what is on screen', () => {
  it('a key stored by someone else (another tab, the console) shows up without a reload', async () => {
    render(
      <AppProviders queryClient={createQueryClient()} status={status}>
        <KeyCount />
      </AppProviders>,
    )
    expect(await screen.findByText('0 keys')).toBeVisible()
    const service = await ensureCurrentService()
    await createApiKey(service.id, 'made elsewhere')
    expect(await screen.findByText('1 keys')).toBeVisible()
  })

  it('a renamed service shows its new name', async () => {
    render(
      <AppProviders queryClient={createQueryClient()} status={status}>
        <ServiceName />
      </AppProviders>,
    )
    const service = await ensureCurrentService()
    expect(await screen.findByText('My test service')).toBeVisible()
    await updateService(service.id, { name: 'Renamed in another tab' })
    expect(await screen.findByText('Renamed in another tab')).toBeVisible()
  })
})

describe('a change to the request history alone', () => {
  it('refreshes the history, and leaves every other query alone', async () => {
    const keysRead = vi.fn(async () => listApiKeys((await ensureCurrentService()).id))
    function Both() {
      const keys = useQuery({ queryKey: ['keys'], queryFn: keysRead })
      const history = useQuery({ queryKey: queryKeys.requestHistory, queryFn: readHistory })
      return <p>{`${keys.data?.length ?? '…'} keys, ${history.data?.length ?? '…'} requests`}</p>
    }
    render(
      <AppProviders queryClient={createQueryClient()} status={status}>
        <Both />
      </AppProviders>,
    )
    expect(await screen.findByText('0 keys, 0 requests')).toBeVisible()
    const readsBefore = keysRead.mock.calls.length
    await addHistoryRecords([
      {
        method: 'GET',
        url: 'https://publicapi.payments.service.gov.uk/v1/payments',
        status: 200,
        startedAt: 0,
        durationMs: 1,
        requestHeaders: {},
        requestBody: '',
        responseHeaders: {},
        responseBody: '{}',
        source: 'page',
      },
    ])
    expect(await screen.findByText('0 keys, 1 requests')).toBeVisible()
    expect(keysRead.mock.calls.length).toBe(readsBefore)
  })

  it('is told apart by the tables Dexie names, in the simulator’s own database only', () => {
    expect([...changedTables({ 'idb://pay-playground/exchanges/': [] as never, 'idb://pay-playground/exchanges/:dels': [] as never })]).toEqual(['exchanges'])
    const parts = { 'idb://pay-playground/exchanges/': [] as never, 'idb://another-database/payments/': [] as never }
    expect([...changedTables(parts, 'pay-playground')]).toEqual(['exchanges'])
    expect([...changedTables(parts, 'a-third-database')]).toEqual([])
  })
})
