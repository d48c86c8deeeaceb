import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createApiKey, revokeApiKeyById } from '../../../../../src/simulator/services/api-keys.ts'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { createService, ensureCurrentService } from '../../../../../src/simulator/services/service-accounts.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, useSimulator, validPayment } from '../../../../support/simulator.ts'

const sim = useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const apiKeyElement = () => document.getElementById('api-key')

async function serviceId() {
  return (await ensureCurrentService()).id
}

async function openKeys(path = '/admin/api-keys') {
  const view = renderApp(path)
  await screen.findByRole('heading', { level: 1 })
  return view
}

describe('the API keys page', () => {
  it('says there are no keys on a first visit, and marks API keys in the admin navigation', async () => {
    await openKeys()
    expect(screen.getByRole('heading', { level: 1, name: 'Test API keys' })).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'There are no active test API keys' })).toBeVisible()
    const nav = screen.getByRole('navigation', { name: 'Admin site' })
    expect(within(nav).getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBe('page')
    expect(screen.queryByRole('button', { name: 'Show revoked API keys' })).toBeNull()
  })

  it('lists active keys with when they were created and last used', async () => {
    const { key } = await createApiKey(await serviceId(), 'Used key')
    const { record: unusedRecord } = await createApiKey(await serviceId(), 'Unused key')
    await api('GET', '/v1/payments', { key })
    await openKeys()
    expect(await screen.findByRole('heading', { name: 'Active test API keys (2)' })).toBeVisible()
    const used = screen.getByRole('heading', { name: 'Used key' }).closest('.govuk-summary-card') as HTMLElement
    const unused = screen.getByRole('heading', { name: 'Unused key' }).closest('.govuk-summary-card') as HTMLElement
    expect(within(used).getByText('Last used').nextElementSibling?.textContent).toMatch(/^\d{1,2} \w{3,4} \d{4} - \d\d:\d\d$/)
    expect(within(unused).getByText('Last used').nextElementSibling?.textContent).toBe('Not used yet')
    expect(within(unused).getByText('Date created').nextElementSibling).toHaveTextContent(/^\d{1,2} \w{3,4} \d{4} - \d\d:\d\d$/)
    expect(within(unused).getByRole('link', { name: 'Change name of Unused key' })).toHaveAttribute('href', `/admin/api-keys/${unusedRecord.id}/change-name`)
    expect(within(unused).getByRole('link', { name: 'Revoke Unused key' })).toHaveAttribute('href', `/admin/api-keys/${unusedRecord.id}/revoke`)
  })

  it('creates a key, shows it once in #api-key, and the key works against the API', async () => {
    const { user, unmount } = await openKeys()
    await user.click(screen.getByRole('button', { name: 'Create a new API key' }))
    await user.type(await screen.findByLabelText('API key name'), 'Team A integration')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'New API key' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Team A integration' })).toBeVisible()
    expect(screen.getByText('You won’t be able to see it again once you leave this page.')).toBeVisible()
    const key = apiKeyElement()?.textContent ?? ''
    expect(key).toMatch(/^api_test_[0-9a-v]+$/)
    expect((await api('POST', '/v1/payments', { key, body: validPayment() })).status).toBe(201)
    expect(JSON.stringify(await sim.db().apiKeys.toArray())).not.toContain(key)

    await user.click(screen.getByRole('button', { name: 'Copy API key to clipboard' }))
    expect(await screen.findByText('API key has been copied')).toBeVisible()
    expect(await navigator.clipboard.readText()).toBe(key)

    await user.click(screen.getByRole('link', { name: 'Go to your API keys' }))
    expect(await screen.findByRole('heading', { name: 'Active test API keys (1)' })).toBeVisible()
    expect(apiKeyElement()).toBeNull()
    expect(document.body.textContent).not.toContain(key)

    unmount()
    renderApp('/admin/api-keys/create')
    await screen.findByLabelText('API key name')
    expect(apiKeyElement()).toBeNull()
    expect(document.body.textContent).not.toContain(key)
  })

  it.each([
    ['', 'Enter the API key name'],
    ['x'.repeat(51), 'Name must be 50 characters or fewer'],
  ])('refuses the name %j with "%s", linked from the error summary', async (name, message) => {
    const { user } = await openKeys('/admin/api-keys/create')
    if (name) await user.type(screen.getByLabelText('API key name'), name)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('heading', { name: 'There is a problem' })
    const link = within(summary.closest('.govuk-error-summary') as HTMLElement).getByRole('link', { name: message })
    expect(link.getAttribute('href')).toBe('#key-name')
    expect(screen.getByLabelText('API key name').getAttribute('aria-describedby')).toContain('key-name-error')
    await user.click(link)
    expect(document.activeElement).toBe(screen.getByLabelText('API key name'))
    expect(apiKeyElement()).toBeNull()
    expect(await sim.db().apiKeys.count()).toBe(0)
  })

  it('changes a key’s name with the same rules', async () => {
    const { record } = await createApiKey(await serviceId(), 'Old name')
    const { user } = await openKeys()
    await user.click(await screen.findByRole('link', { name: 'Change name of Old name' }))
    const field = await screen.findByLabelText('Change API key name')
    expect((field as HTMLInputElement).value).toBe('Old name')
    await user.clear(field)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'Enter the API key name' })).toHaveAttribute('href', '#key-name')
    await user.type(field, 'New name')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('The API key name was changed to New name')).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'New name' })).toBeVisible()
    expect((await sim.db().apiKeys.get(record.id))?.name).toBe('New name')
  })

  it('revokes a key only once confirmed; the key then gets 401 from the API', async () => {
    const { key, record } = await createApiKey(await serviceId(), 'Doomed key')
    const { user } = await openKeys()
    await user.click(await screen.findByRole('link', { name: 'Revoke Doomed key' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to revoke Doomed key?' })).toBeVisible()
    await waitFor(() => expect(document.title).toBe('Revoke Doomed key – GOV.UK Pay Playground'))

    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'Confirm if you want to revoke Doomed key' })).toHaveAttribute('href', '#revoke-confirm')
    expect((await sim.db().apiKeys.get(record.id))?.revokedAt).toBeUndefined()

    await user.click(screen.getByRole('radio', { name: 'No' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { name: 'Active test API keys (1)' })).toBeVisible()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)

    await user.click(screen.getByRole('link', { name: 'Revoke Doomed key' }))
    await user.click(await screen.findByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const banner = await screen.findByRole('alert')
    expect(within(banner).getByText('Doomed key was successfully revoked')).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'There are no active test API keys' })).toBeVisible()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(401)
  })

  it('lists revoked keys on their own page', async () => {
    const id = await serviceId()
    const { record } = await createApiKey(id, 'Old key')
    await advanceClock({ minutes: 5 })
    await revokeApiKeyById(record.id)
    const { user } = await openKeys()
    await user.click(await screen.findByRole('button', { name: 'Show revoked API keys' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Revoked API keys (1)' })).toBeVisible()
    const card = screen.getByRole('heading', { name: 'Old key' }).closest('.govuk-summary-card') as HTMLElement
    expect(within(card).getByText('Date revoked').nextElementSibling).toHaveTextContent(/^\d{1,2} \w{3,4} \d{4} - \d\d:\d\d$/)
    expect(within(card).getByText('Last used').nextElementSibling?.textContent).toBe('Never used')
    expect(within(card).queryByRole('link', { name: /Revoke/ })).toBeNull()
  })

  it('shows only the current service’s keys, and will not touch another service’s key', async () => {
    const other = await createService('Team B')
    const { record } = await createApiKey(other.id, 'Team B key')
    await createApiKey(await serviceId(), 'Mine')
    await openKeys()
    expect(await screen.findByRole('heading', { name: 'Active test API keys (1)' })).toBeVisible()
    expect(screen.queryByText('Team B key')).toBeNull()

    renderApp(`/admin/api-keys/${record.id}/revoke`)
    expect(await screen.findByRole('heading', { level: 1, name: 'API key not found' })).toBeVisible()
  })
})
