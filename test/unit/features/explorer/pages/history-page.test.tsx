// The history lists every request the simulator answered (the explorer's and page code's alike)
// with the service and key that sent it, survives a reload, is searchable, replays into the
// builder, never stores the key, and can be cleared.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { historyWritten } from '../../../../../src/simulator/services/request-history.ts'
import { createApiKey } from '../../../../../src/simulator/services/api-keys.ts'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

const sim = useSimulator({ recordHistory: true })
configure({ asyncUtilTimeout: 5_000 })

let key: string

beforeEach(async () => {
  localStorage.clear()
  sessionStorage.clear()
  key = await newKey('Explorer key')
  rememberKey(key, 'device')
})

const historyList = () => screen.getByRole('list', { name: 'Requests, newest first' })

describe('the request history', { timeout: 60_000 }, () => {
  it('shows one service’s requests, chosen in the list or in the address', async () => {
    const trainee = await createService('Trainee 1')
    const traineeKey = (await createApiKey(trainee.id, 'Trainee key')).key
    await api('GET', '/v1/payments?reference=mine', { key })
    await api('GET', '/v1/payments?reference=theirs', { key: traineeKey })
    await api('GET', '/v1/payments?reference=refused', { key: 'api_test_not-a-key' })
    await historyWritten()

    const { user } = renderApp(`/explorer/history?service=${trainee.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Request history' }, { timeout: 10_000 })
    await waitFor(() => expect(within(historyList()).getAllByRole('listitem')).toHaveLength(1))
    expect(within(historyList()).getByRole('listitem')).toHaveTextContent('reference=theirs')
    expect(screen.getByText('1 of 3 requests match')).toBeVisible()

    await user.selectOptions(screen.getByLabelText('Service'), 'No service (the key was refused)')
    await waitFor(() => expect(within(historyList()).getByRole('listitem')).toHaveTextContent('reference=refused'))
    await user.selectOptions(screen.getByLabelText('Service'), 'All services')
    await waitFor(() => expect(within(historyList()).getAllByRole('listitem')).toHaveLength(3))
  })

  it('records requests from the explorer and from page code, keeps them across a reload, without the key', async () => {
    const { user, unmount } = renderApp('/explorer/create-payment')
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByText('Response: 201 Created')
    await api('GET', '/v1/payments?reference=from-page-code', { key })
    unmount()
    await historyWritten()

    expect(JSON.stringify(await sim.db().exchanges.toArray())).not.toContain(key.slice(9))

    const view = renderApp('/explorer/history')
    expect(await screen.findByRole('heading', { level: 1, name: 'Request history' }, { timeout: 10_000 })).toBeVisible()
    await waitFor(() => expect(within(historyList()).getAllByRole('listitem')).toHaveLength(2))
    const items = within(historyList()).getAllByRole('listitem')
    expect(items[0]?.querySelector('summary')?.textContent).toMatch(/GET \/v1\/payments\?reference=from-page-code – 200 OK – .* – My test service/)
    expect(items[1]?.querySelector('summary')?.textContent).toMatch(/^POST \/v1\/payments – 201 Created/)
    expect(items[1]?.textContent).toMatch(/Sent for My test service with the API key “Explorer key”/)

    await view.user.click(screen.getByLabelText('Search the history'))
    await view.user.paste('post 201')
    expect(screen.getByText('1 of 2 requests match')).toHaveAttribute('role', 'status')
    expect(within(historyList()).getAllByRole('listitem')).toHaveLength(1)

    await view.user.click(within(historyList()).getAllByRole('listitem')[0]!.querySelector('summary')!)
    await view.user.click(screen.getByRole('link', { name: /Replay it in the builder/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Create a payment' })).toBeVisible()
    expect(JSON.parse((screen.getByLabelText('Request body (JSON)') as HTMLTextAreaElement).value)).toMatchObject({ amount: 14500 })
  })

  it('shows a request as it is answered while the page is open, and can be cleared', async () => {
    await api('POST', '/v1/payments', { key, body: validPayment() })
    const { user } = renderApp('/explorer/history')
    await screen.findByRole('heading', { level: 1, name: 'Request history' }, { timeout: 10_000 })
    await waitFor(() => expect(within(historyList()).getAllByRole('listitem')).toHaveLength(1))
    await api('POST', '/v1/payments', { key, body: validPayment() })
    await waitFor(() => expect(within(historyList()).getAllByRole('listitem')).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Clear the history' }))
    expect(await screen.findByText('The history has been cleared.')).toHaveAttribute('role', 'status')
    expect(await sim.db().exchanges.count()).toBe(0)
  })
})
