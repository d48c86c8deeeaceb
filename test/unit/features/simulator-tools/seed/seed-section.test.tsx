// The demo data tool: add payments with visible progress, stop part way, and refuse bad numbers.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearSeedResult, stopSeeding } from '../../../../../src/features/simulator-tools/seed/seed-runner.ts'
import { SEED_CHUNK_SIZE } from '../../../../../src/simulator/services/seeding.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

const sim = useSimulator()

afterEach(async () => {
  stopSeeding()
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
  clearSeedResult()
})

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Demo data' })
  return { ...view, section }
}

describe('the demo data tool', () => {
  it('names the service the payments go to', async () => {
    const { section } = await openTools()
    expect(await within(section).findByText('My test service')).toBeVisible()
  })

  it('adds the payments asked for, says so, and the API finds them', async () => {
    const { section, user } = await openTools()
    await user.type(within(section).getByLabelText('Number of payments'), '40')
    await user.click(within(section).getByRole('button', { name: 'Add demo payments' }))
    const banner = await within(section).findByRole('alert', {}, { timeout: 10_000 })
    expect(banner.textContent).toContain('Added 40 demo payments.')
    await waitFor(() => expect(document.activeElement).toBe(banner))
    expect(within(banner).getByRole('link', { name: 'See them in the transactions list' }).getAttribute('href')).toBe('/admin/transactions')
    expect(await sim.db().payments.count()).toBe(40)
    const key = await newKey()
    expect((await api('GET', '/v1/payments', { key })).json.total).toBe(40)
  })

  it('shows progress while it works, and stops part way when asked, keeping what was added', async () => {
    const { section, user } = await openTools()
    await user.type(within(section).getByLabelText('Number of payments'), String(SEED_CHUNK_SIZE * 4))
    await user.click(within(section).getByRole('button', { name: 'Add demo payments' }))
    const progress = await within(section).findByRole('progressbar', { name: 'Adding demo payments' })
    expect(progress.getAttribute('max')).toBe(String(SEED_CHUNK_SIZE * 4))
    await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0), { timeout: 10_000 })
    expect(within(section).getByText(/^[\d,]+ of 4,000 payments added$/)).toBeVisible()
    await user.click(within(section).getByRole('button', { name: 'Stop adding payments' }))
    const banner = await within(section).findByRole('alert', {}, { timeout: 10_000 })
    expect(banner.textContent).toMatch(/Stopped after adding [\d,]+ of 4,000 payments\. The payments already added have been kept\./)
    const added = Number(/adding ([\d,]+) of/.exec(banner.textContent ?? '')![1]!.replace(/,/g, ''))
    expect(added).toBeLessThan(SEED_CHUNK_SIZE * 4)
    expect(await sim.db().payments.count()).toBe(added)
  })

  it.each([
    ['', 'Enter how many payments to add'],
    ['lots', 'Number of payments must be a whole number, like 500'],
    ['0', 'Number of payments must be from 1 to 100,000'],
    ['100001', 'Number of payments must be from 1 to 100,000'],
  ])('refuses "%s": %s', async (typed, message) => {
    const { section, user } = await openTools()
    if (typed) await user.type(within(section).getByLabelText('Number of payments'), typed)
    await user.click(within(section).getByRole('button', { name: 'Add demo payments' }))
    const summary = await within(section).findByRole('alert')
    await user.click(within(summary).getByRole('link', { name: message }))
    expect(document.activeElement).toBe(within(section).getByLabelText('Number of payments'))
    expect(await sim.db().payments.count()).toBe(0)
  })
})
