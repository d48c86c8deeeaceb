import { useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AppProviders } from '../../../../src/app/providers/app-providers.tsx'
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
