// The clock tool as a trainer uses it: see the simulated time, preview what will expire, move on.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

const sim = useSimulator()

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Clock' })
  return { ...view, section }
}

describe('the clock tool', () => {
  it('shows the simulated time, the same as real time on a first visit', async () => {
    const { section } = await openTools()
    expect(await within(section).findByText('The same as real time')).toBeVisible()
    expect(within(section).getByText(/^\d\d \w{3} \d{4} — \d\d:\d\d:\d\d$/)).toBeVisible()
  })

  it('says how far ahead of real time the clock is', async () => {
    await advanceClock({ days: 2, hours: 3, minutes: 5 })
    const { section } = await openTools()
    expect(await within(section).findByText('2 days, 3 hours and 5 minutes ahead of real time')).toBeVisible()
  })

  it('lists the payments that will expire before moving, then moves and expires them', async () => {
    const created = await paymentIn('created', { amount: 14500 })
    const paid = await paymentIn('success')
    const { section, user } = await openTools()
    await user.type(within(section).getByLabelText('How far'), '91')
    await user.click(within(section).getByRole('button', { name: 'Check what will expire' }))

    const heading = await within(section).findByRole('heading', { name: /^Moving the clock forward by 91 minutes, to / })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(within(section).getByText('1 payment will expire:')).toBeVisible()
    const table = within(section).getByRole('table')
    const rows = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Reference', 'Amount', 'Current state'],
      ['REF-FIXTURE', '£145.00', 'created'],
    ])
    expect((await sim.db().payments.get(created.id))?.status).toBe('CREATED')

    await user.click(within(section).getByRole('button', { name: 'Move the clock forward' }))
    const banner = await within(section).findByRole('alert')
    expect(banner.textContent).toContain('The clock moved forward by 91 minutes. 1 payment expired.')
    expect((await sim.db().payments.get(created.id))?.state).toBe('failed')
    expect((await sim.db().payments.get(paid.id))?.state).toBe('success')
    expect(await within(section).findByText('1 hour and 31 minutes ahead of real time')).toBeVisible()
  })

  it('moves by hours and days too, and says when nothing will expire', async () => {
    const { section, user } = await openTools()
    await user.type(within(section).getByLabelText('How far'), '2')
    await user.click(within(section).getByLabelText('Days'))
    await user.click(within(section).getByRole('button', { name: 'Check what will expire' }))
    expect(await within(section).findByText('No payments will expire.')).toBeVisible()
    await user.click(within(section).getByRole('button', { name: 'Change how far' }))
    expect(within(section).getByLabelText('How far')).toHaveValue('2')
    await user.click(within(section).getByRole('button', { name: 'Check what will expire' }))
    await user.click(await within(section).findByRole('button', { name: 'Move the clock forward' }))
    expect(await within(section).findByText('2 days ahead of real time')).toBeVisible()
  })

  it.each([
    ['', 'Enter how far to move the clock forward'],
    ['soon', 'How far to move the clock must be a whole number, like 90'],
    ['0', 'How far to move the clock must be 1 or more'],
    ['525601', 'You can move the clock forward by up to 365 days at a time'],
  ])('refuses "%s" with “%s”, linked from an error summary', async (typed, message) => {
    const { section, user } = await openTools()
    if (typed) await user.type(within(section).getByLabelText('How far'), typed)
    await user.click(within(section).getByRole('button', { name: 'Check what will expire' }))
    const summary = await within(section).findByRole('alert')
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#clock-amount')
    expect(document.getElementById('clock-amount-error')?.textContent).toBe(`Error: ${message}`)
    await user.click(within(summary).getByRole('link', { name: message }))
    expect(document.activeElement).toBe(within(section).getByLabelText('How far'))
  })
})
