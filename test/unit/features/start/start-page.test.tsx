import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EXAMPLE_CODE } from '../../../../src/features/start/api-example.tsx'
import { renderApp } from '../../../support/render-app.tsx'
import { api, useSimulator, validPayment } from '../../../support/simulator.ts'

const simulator = useSimulator()

const apiKeyElement = () => document.getElementById('api-key')

describe('the start page', () => {
  it('says what the playground is', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Try the GOV.UK Pay API in your browser' })).toBeVisible()
    const intro = screen.getByText(/simulates GOV\.UK Pay/)
    expect(intro.textContent).toMatch(/API/)
    expect(intro.textContent).toMatch(/hosted payment pages/)
    expect(intro.textContent).toMatch(/admin site/)
    expect(intro.textContent).toMatch(/Nothing you do here leaves the browser/)
    expect(intro.textContent).toMatch(/test\s+service/)
    await waitFor(() => expect(document.title).toBe('Try the GOV.UK Pay API in your browser – GOV.UK Pay Playground'))
  })

  it('creates a key for the current service, shows it once in #api-key, and the key works', async () => {
    const { user, unmount } = renderApp('/')
    expect(await screen.findByText(/this one will be for/)).toHaveTextContent(/this one will be for My test service\.$/)
    expect(within(screen.getByRole('main')).getByText('My test service')).toBeVisible()
    expect(apiKeyElement()).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Create an API key' }))

    const shown = await waitFor(() => {
      const element = apiKeyElement()
      if (!element) throw new Error('no #api-key yet')
      return element
    })
    const key = shown.textContent ?? ''
    expect(key).toMatch(/^api_test_[0-9a-v]+$/)
    const banner = screen.getByRole('alert')
    expect(within(banner).getByText(/will not be shown again/)).toBeVisible()
    await waitFor(() => expect(document.activeElement).toBe(banner))

    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(created.status).toBe(201)

    const records = await simulator.db().apiKeys.toArray()
    expect(records).toHaveLength(1)
    expect(records[0]?.name).toBe('Key created from the start page')
    expect(JSON.stringify(records)).not.toContain(key)

    unmount()
    renderApp('/')
    await screen.findByRole('button', { name: 'Create an API key' })
    expect(apiKeyElement()).toBeNull()
    expect(document.body.textContent).not.toContain(key)
  })

  it('copies the new key to the clipboard', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Create an API key' }))
    await screen.findByRole('alert')
    const key = apiKeyElement()?.textContent
    await user.click(screen.getByRole('button', { name: 'Copy API key' }))
    expect(await screen.findByText('API key copied to the clipboard')).toBeVisible()
    expect(await navigator.clipboard.readText()).toBe(key)
  })

  it('offers another key after one is made, and each new key replaces the last on screen', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Create an API key' }))
    await screen.findByRole('alert')
    const first = apiKeyElement()?.textContent
    await user.click(screen.getByRole('button', { name: 'Create another API key' }))
    await waitFor(() => expect(apiKeyElement()?.textContent).toMatch(/^api_test_/))
    await waitFor(() => expect(apiKeyElement()?.textContent).not.toBe(first))
    expect(document.querySelectorAll('#api-key')).toHaveLength(1)
    expect(await simulator.db().apiKeys.count()).toBe(2)
  })

  it('shows an example that calls the API with a key and a valid body', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: 'Call the API from page code' })
    const block = Array.from(document.querySelectorAll('pre')).find((pre) => pre.textContent?.includes('fetch('))
    expect(block?.textContent).toBe(EXAMPLE_CODE)
    expect(EXAMPLE_CODE).toContain("const url = 'https://publicapi.payments.service.gov.uk/v1/payments'")
    expect(EXAMPLE_CODE).toContain('await fetch(url, {')
    expect(EXAMPLE_CODE).toContain("Authorization: 'Bearer YOUR_API_KEY'")
    const body = /JSON\.stringify\(([\s\S]*?)\),\n\}\)/.exec(EXAMPLE_CODE)?.[1]
    expect(JSON.parse(body ?? '')).toEqual({
      amount: 14500,
      reference: '12345',
      description: 'Pay your council tax',
      return_url: 'https://your.service.gov.uk/completed',
    })
  })

  it('the example really works when run with a key', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Create an API key' }))
    await screen.findByRole('alert')
    const key = apiKeyElement()?.textContent ?? ''
    const run = new Function('key', `return (async () => { ${EXAMPLE_CODE.replace("'Bearer YOUR_API_KEY'", '`Bearer ${key}`').replace(/console\.log\(.*\)$/, 'return { status: response.status, payment }')} })()`) as (key: string) => Promise<{ status: number; payment: { amount: number; _links: { next_url: { href: string } } } }>
    const result = await run(key)
    expect(result.status).toBe(201)
    expect(result.payment.amount).toBe(14500)
    expect(result.payment._links.next_url.href).toMatch(/^http:\/\/localhost:3000\/pay-playground\/#\/secure\//)
  })

  it('documents every function of the console API and says they return promises', async () => {
    renderApp('/')
    const section = (await screen.findByRole('heading', { name: 'Drive the playground from the console' })).parentElement
    const text = section?.textContent ?? ''
    for (const name of ['createApiKey(name?)', 'revokeApiKey(key)', 'advanceClock({ minutes })', 'reset()', 'baseUrl', 'createService(name)', 'switchService(serviceId)', 'currentService()']) {
      expect(text).toContain(name)
    }
    expect(text).toContain('window.payPlayground')
    expect(text).toMatch(/returns a promise/)
  })

  it('links to every other part of the playground', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: 'Parts of the playground' })
    const main = screen.getByRole('main')
    for (const [name, path] of [
      ['API explorer', '/explorer'],
      ['Admin site', '/admin'],
      ['Simulator tools', '/simulator'],
    ]) {
      expect(within(main).getByRole('link', { name })).toHaveAttribute('href', path)
    }
  })
})
