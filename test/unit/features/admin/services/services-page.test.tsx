import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createApiKey } from '../../../../../src/simulator/services/api-keys.ts'
import { createService, ensureCurrentService, listServices } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const header = () => screen.getByRole('banner')

describe('the services page', () => {
  it('is linked from the current service in the header', async () => {
    const { user } = renderApp('/')
    const link = await within(header()).findByRole('link', { name: 'Switch service' })
    expect(within(header()).getByText('My test service')).toBeVisible()
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: 'Services' })).toBeVisible()
  })

  it('creates another service with the real name rules, without switching to it', async () => {
    const { user } = renderApp('/admin/services')
    await screen.findByRole('heading', { level: 1, name: 'Services' })
    await user.click(screen.getByRole('button', { name: 'Create service' }))
    const link = await screen.findByRole('link', { name: 'Service name is required' })
    expect(link.getAttribute('href')).toBe('#new-service-name')

    await user.type(screen.getByLabelText('Service name'), 'Team <A>')
    await user.click(screen.getByRole('button', { name: 'Create service' }))
    expect(await screen.findByRole('link', { name: 'You cannot use any of the following characters < > | in the service name' })).toHaveAttribute('href', '#new-service-name')

    await user.clear(screen.getByLabelText('Service name'))
    await user.type(screen.getByLabelText('Service name'), 'Team A')
    await user.click(screen.getByRole('button', { name: 'Create service' }))
    expect(await screen.findByText('Team A was created. Switch to it to use it.')).toBeVisible()
    const table = await screen.findByRole('table', { name: 'Your services (2)' })
    expect(within(table).getByRole('button', { name: 'Switch to Team A' })).toBeEnabled()
    expect(within(table).getByText('Current service').closest('tr')).toHaveTextContent('My test service')
    expect((await listServices()).map((service) => service.name)).toEqual(['My test service', 'Team A'])
    expect((await ensureCurrentService()).name).toBe('My test service')
  })

  it('switches service; the header, API keys and transactions then belong to it', async () => {
    const other = await createService('Team B')
    await createApiKey(other.id, 'Team B key')
    const payment = await paymentIn('success', { serviceId: other.id })
    const { user, router } = renderApp('/admin/services')
    await user.click(await screen.findByRole('button', { name: 'Switch to Team B' }))
    expect(await screen.findByText('You are now using Team B')).toBeVisible()
    await waitFor(() => expect(within(header()).getByText('Team B')).toBeVisible())
    expect((await ensureCurrentService()).id).toBe(other.id)

    await router.navigate('/admin/api-keys')
    expect(await screen.findByRole('heading', { name: 'Team B key' })).toBeVisible()
    await router.navigate(`/admin/transactions/${payment.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Transaction details' })).toBeVisible()
  })
})
