// Choosing the key: create one inline (shown once), remembered across reloads on this device or
// only in this tab, and only keys that still work for the current service are offered.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { revokeApiKey } from '../../../../../src/simulator/services/api-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { otherService } from '../../../../support/payment-scenarios.ts'

const simulator = useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

async function openExplorer() {
  const view = renderApp('/explorer')
  await screen.findByRole('heading', { level: 2, name: 'Your API key' }, { timeout: 10_000 })
  return view
}

const keyRadios = () => within(screen.getByRole('group', { name: 'Send requests with' })).getAllByRole('radio')

describe('the API key panel', { timeout: 60_000 }, () => {
  it('creates a key inline for the current service, shows it once, and remembers it across a reload', async () => {
    const { user, unmount } = await openExplorer()
    expect(await screen.findByText(/This browser remembers no API key for My test service/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Create an API key' }))
    const shown = await waitFor(() => {
      const element = document.getElementById('api-key')
      if (!element) throw new Error('no key yet')
      return element.textContent ?? ''
    })
    expect(shown).toMatch(/^api_test_/)
    expect((await api('GET', '/v1/payments', { key: shown })).status).toBe(200)
    const records = await simulator.db().apiKeys.toArray()
    expect(records.map((record) => record.name)).toEqual(['Key created in the API explorer'])
    expect(JSON.parse(localStorage.getItem('pay-playground.explorer.api-keys') ?? '[]')).toEqual([shown])
    expect(keyRadios()).toHaveLength(1)
    expect((keyRadios()[0] as HTMLInputElement).checked).toBe(true)

    unmount()
    await openExplorer()
    await waitFor(() => expect(keyRadios()).toHaveLength(1))
    expect(screen.getByRole('radio', { name: new RegExp(`ends ${shown.slice(-4)}`) })).toBeChecked()
    expect(document.getElementById('api-key')).toBeNull()
  })

  it('keeps a key for this tab only when asked, in sessionStorage', async () => {
    const { user } = await openExplorer()
    await user.click(screen.getByRole('radio', { name: 'In this tab only' }))
    await user.click(screen.getByRole('button', { name: 'Create an API key' }))
    await waitFor(() => expect(document.getElementById('api-key')).not.toBeNull())
    const key = document.getElementById('api-key')?.textContent ?? ''
    expect(localStorage.getItem('pay-playground.explorer.api-keys')).toBeNull()
    expect(JSON.parse(sessionStorage.getItem('pay-playground.explorer.api-keys') ?? '[]')).toEqual([key])
    expect(await screen.findByText('Remembered in this tab only')).toBeVisible()
  })

  it('offers only remembered keys that are still active keys of the current service, and says why others are missing', async () => {
    const good = await newKey('good key')
    const revoked = await newKey('revoked key')
    await revokeApiKey(revoked)
    const { key: foreign } = await otherService()
    for (const key of [good, revoked, foreign]) rememberKey(key, 'device')
    const { user } = await openExplorer()
    await waitFor(() => expect(keyRadios()).toHaveLength(1))
    expect(screen.getByRole('radio', { name: /good key/ })).toBeVisible()
    expect(screen.getByText(/2 remembered keys are not listed because they were revoked or belong to another service/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Forget them' }))
    await waitFor(() => expect(JSON.parse(localStorage.getItem('pay-playground.explorer.api-keys') ?? '[]')).toEqual([good]))
  })

  it('takes a pasted key of the service, and uses a key it does not know without keeping it', async () => {
    const pasted = await newKey('made on the start page')
    const { user } = await openExplorer()
    await user.click(screen.getByRole('button', { name: 'Use this key' }))
    expect(await screen.findByText('Enter an API key', { selector: '.govuk-error-message *, .govuk-error-message' })).toBeVisible()
    expect(screen.getByLabelText('Paste an API key')).toHaveAccessibleDescription(expect.stringContaining('Enter an API key'))
    await user.type(screen.getByLabelText('Paste an API key'), pasted)
    await user.click(screen.getByRole('button', { name: 'Use this key' }))
    expect(await screen.findByText('The key is remembered and chosen.')).toBeVisible()
    expect((screen.getByRole('radio', { name: /made on the start page/ }) as HTMLInputElement).checked).toBe(true)

    await user.type(screen.getByLabelText('Paste an API key'), 'api_test_notarealkey')
    await user.click(screen.getByRole('button', { name: 'Use this key' }))
    expect(await screen.findByText(/is not an active key of My test service, so it was not remembered/)).toBeVisible()
    expect(localStorage.getItem('pay-playground.explorer.api-keys')).not.toContain('notarealkey')
  })
})
