// The fault injection tool: saving settings, seeing them count down as requests fail, turning
// them off, and specific messages for bad numbers.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFaultInjection } from '../../../../../src/simulator/http/fault-injection.ts'
import { getFaultSettings, NO_FAULTS, setFaultSettings } from '../../../../../src/simulator/services/faults.ts'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

useSimulator()
let uninstall: () => void
beforeEach(() => {
  uninstall = installFaultInjection({ sleep: () => Promise.resolve() })
})
afterEach(() => uninstall())

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Fault injection' })
  await within(section).findByRole('button', { name: 'Save fault settings' })
  return { ...view, section }
}

describe('the fault injection tool', () => {
  it('says no faults are on at first', async () => {
    const { section } = await openTools()
    expect(await within(section).findByText('No faults are on: the simulated API answers every request normally.')).toBeVisible()
  })

  it('makes the next 2 requests to one endpoint fail, and counts down as they do', async () => {
    const { section, user } = await openTools()
    await user.click(within(section).getByLabelText('The next few requests'))
    await user.type(within(section).getByLabelText('Number of requests'), '2')
    await user.selectOptions(within(section).getByLabelText('Which endpoint should fail?'), 'Search payments (GET /v1/payments)')
    await user.click(within(section).getByRole('button', { name: 'Save fault settings' }))

    expect((await within(section).findByRole('alert')).textContent).toContain('Fault settings saved')
    expect(await getFaultSettings()).toStrictEqual({ failWith: 'downstream', failures: { kind: 'next', remaining: 2 }, operation: 'searchPayments', latencyMs: 0 })
    expect(
      within(section).getAllByText(
        'The next 2 requests to Search payments (GET /v1/payments) will fail with a 500 error, code P0498 “Downstream system error”.',
      ).length,
    ).toBeGreaterThan(0)

    const key = await newKey()
    const failed = await api('GET', '/v1/payments', { key })
    expect(failed.json).toStrictEqual({ code: 'P0498', description: 'Downstream system error' })
    expect(
      await within(section).findByText(
        'The next request to Search payments (GET /v1/payments) will fail with a 500 error, code P0498 “Downstream system error”.',
      ),
    ).toBeVisible()
  })

  it('saves settings for one service only, and shows whom they apply to', async () => {
    const trainee = await createService('Trainee 1')
    const { section, user } = await openTools()
    await user.selectOptions(within(section).getByLabelText('Which service should these settings apply to?'), 'Trainee 1 only')
    await user.click(within(section).getByLabelText('The next few requests'))
    await user.type(within(section).getByLabelText('Number of requests'), '1')
    await user.click(within(section).getByRole('button', { name: 'Save fault settings' }))
    expect((await within(section).findByRole('alert')).textContent).toContain('They apply to Trainee 1 only.')
    expect(await getFaultSettings(trainee.id)).toMatchObject({ failures: { kind: 'next', remaining: 1 } })
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
    expect(await within(section).findByText('Trainee 1', { selector: 'strong' })).toBeVisible()
    // Choosing every service again shows its own (empty) settings.
    await user.selectOptions(within(section).getByLabelText('Which service should these settings apply to?'), 'Every service')
    await waitFor(() => expect(within(section).getByLabelText('None')).toBeChecked())
  })

  it('saves a percentage for every endpoint and a delay', async () => {
    const { section, user } = await openTools()
    await user.click(within(section).getByLabelText('A percentage of requests, chosen at random'))
    await user.type(within(section).getByLabelText('Percentage of requests'), '25')
    await user.type(within(section).getByLabelText('Delay every API response by (milliseconds)'), '1500')
    await user.click(within(section).getByRole('button', { name: 'Save fault settings' }))
    await within(section).findByRole('alert')
    expect(await getFaultSettings()).toStrictEqual({ failWith: 'downstream', failures: { kind: 'percentage', percent: 25 }, operation: null, latencyMs: 1500 })
    const status = await waitFor(() => {
      const element = document.getElementById('fault-status')
      if (!element) throw new Error('no status yet')
      return element
    })
    expect(status.textContent).toContain('25% of API requests, chosen at random, will fail with a 500 error')
    expect(status.textContent).toContain('Every API response is delayed by 1,500 milliseconds.')
  })

  it('lets the trainer choose how requests fail, and says so', async () => {
    const { section, user } = await openTools()
    await user.click(within(section).getByLabelText('The next few requests'))
    await user.type(within(section).getByLabelText('Number of requests'), '2')
    await user.click(within(section).getByRole('radio', { name: 'Rate limited: 429, code P0900 “Too many requests”' }))
    await user.click(within(section).getByRole('button', { name: 'Save fault settings' }))
    await within(section).findByRole('alert')
    expect((await getFaultSettings()).failWith).toBe('rate-limited')
    expect(
      await within(section).findByText('The next 2 requests to the API will fail with 429, code P0900 “Too many requests”, as when the rate limit is reached.'),
    ).toBeVisible()
    const key = await newKey()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(429)
    for (const name of ['A 500 “Downstream system error” with the endpoint’s own code', 'Refused as if the API key had been revoked: 401', 'Service unavailable: 503, with no body', 'A network failure: the request fails in your client, with no answer', 'A timeout: no answer at all, until your client gives up']) {
      expect(within(section).getByRole('radio', { name })).toBeInTheDocument()
    }
  })

  it('fills the form from saved settings and turns everything off with one button', async () => {
    await setFaultSettings({ failWith: 'downstream', failures: { kind: 'next', remaining: 5 }, operation: 'createPayment', latencyMs: 200 })
    const { section, user } = await openTools()
    expect((within(section).getByLabelText('Number of requests') as HTMLInputElement).value).toBe('5')
    expect((within(section).getByLabelText('Which endpoint should fail?') as HTMLSelectElement).value).toBe('createPayment')
    await user.click(within(section).getByRole('button', { name: 'Turn off faults' }))
    expect(await within(section).findByText('No faults are on: the simulated API answers every request normally.')).toBeVisible()
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
    expect((within(section).getByLabelText('None') as HTMLInputElement).checked).toBe(true)
  })

  it.each([
    ['The next few requests', 'Number of requests', '', 'Enter how many requests should fail'],
    ['The next few requests', 'Number of requests', '1001', 'Number of requests must be a whole number from 1 to 1,000'],
    ['A percentage of requests, chosen at random', 'Percentage of requests', '', 'Enter the percentage of requests that should fail'],
    ['A percentage of requests, chosen at random', 'Percentage of requests', '150', 'Percentage of requests must be a whole number from 1 to 100'],
    ['None', 'Delay every API response by (milliseconds)', 'fast', 'Delay must be a whole number of milliseconds from 0 to 30,000'],
  ])('with “%s”, %s “%s” is refused: %s', async (choice, field, typed, message) => {
    const { section, user } = await openTools()
    await user.click(within(section).getByLabelText(choice))
    if (typed) await user.type(within(section).getByLabelText(field), typed)
    await user.click(within(section).getByRole('button', { name: 'Save fault settings' }))
    const summary = await within(section).findByRole('alert')
    await user.click(within(summary).getByRole('link', { name: message }))
    expect(document.activeElement).toBe(within(section).getByLabelText(field))
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })
})
