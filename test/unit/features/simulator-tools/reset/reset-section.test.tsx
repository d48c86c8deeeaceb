// Reset, after a confirmation: back to the first-run state, with the browser's playground data gone.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { advanceClock, clockOffset } from '../../../../../src/simulator/services/clock.ts'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

const sim = useSimulator()
afterEach(() => localStorage.clear())

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Reset' })
  return { ...view, section }
}

describe('the reset tool', () => {
  it('asks first, and "No, keep everything" keeps everything', async () => {
    await paymentIn('success')
    const { section, user } = await openTools()
    await user.click(within(section).getByRole('button', { name: 'Reset the playground' }))
    const question = within(section).getByRole('heading', { name: 'Are you sure you want to reset the playground?' })
    await waitFor(() => expect(document.activeElement).toBe(question))
    await user.click(within(section).getByRole('button', { name: 'No, keep everything' }))
    expect(within(section).getByRole('button', { name: 'Reset the playground' })).toBeVisible()
    expect(await sim.db().payments.count()).toBe(1)
  })

  it('returns to the first-run state and clears the playground’s data in this browser', async () => {
    await newKey()
    await paymentIn('success')
    await createService('Second service')
    await advanceClock({ days: 3 })
    localStorage.setItem('pay-playground.explorer.history', '[{"url":"x"}]')
    const { section, user } = await openTools()
    await user.click(within(section).getByRole('button', { name: 'Reset the playground' }))
    await user.click(within(section).getByRole('button', { name: 'Yes, reset everything' }))
    const banner = await within(section).findByRole('alert')
    expect(banner.textContent).toContain('The playground has been reset. It has one service, My test service, with no API keys or payments.')
    const db = sim.db()
    expect((await db.services.toArray()).map((service) => service.name)).toEqual(['My test service'])
    expect(await db.apiKeys.count()).toBe(0)
    expect(await db.payments.count()).toBe(0)
    expect(await clockOffset()).toBe(0)
    expect(localStorage.getItem('pay-playground.explorer.history')).toBeNull()
    expect(await screen.findByText('The same as real time')).toBeVisible()
  })
})
