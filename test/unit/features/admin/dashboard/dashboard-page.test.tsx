import { configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { stopRuntime } from '../../../../../src/simulator/services/runtime.ts'
import { makePayment, pay, refund } from '../../../../support/payment-scenarios.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  // Midday on 15 July 2026 (BST), so "today" is the same day for the whole test.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-07-15T11:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

async function paid(amount: number) {
  const payment = await makePayment({ amount })
  await pay(payment.id)
  return payment
}

function group(title: string) {
  const link = screen.getByRole('link', { name: title })
  return link.closest('article') as HTMLElement
}

const values = (title: string) => [...group(title).querySelectorAll('dd')].map((dd) => dd.textContent)

describe('the dashboard', () => {
  it('shows today’s successful payments, refunds and net income, each linking to the matching transactions', async () => {
    const first = await paid(2000)
    await paid(1050)
    await refund(first.id, 500)
    renderApp('/admin')
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
    await screen.findByRole('link', { name: 'Successful payments' })
    expect(values('Successful payments')).toEqual(['2', '£30.50'])
    expect(values('Successful refunds')).toEqual(['1', '£5.00'])
    expect(values('Net income')).toEqual(['£25.50'])
    const period = 'fromDate=15%2F07%2F2026&fromTime=00%3A00%3A00&toDate=15%2F07%2F2026&toTime=23%3A59%3A59'
    expect(screen.getByRole('link', { name: 'Successful payments' }).getAttribute('href')).toBe(`/admin/transactions?state=Success&${period}`)
    expect(screen.getByRole('link', { name: 'Successful refunds' }).getAttribute('href')).toBe(
      `/admin/transactions?state=Refund+success&${period}`,
    )
    expect(screen.getByRole('link', { name: 'Net income' }).getAttribute('href')).toBe(
      `/admin/transactions?state=Success&state=Refund+success&${period}`,
    )
    expect(within(group('Net income')).getByText('How these numbers are calculated')).toBeVisible()
    expect(group('Net income').textContent).toContain(
      'Net income was calculated by subtracting the successful refunds from the successful payments for 15 July 2026 at 12:00 am BST to 15 July 2026 at 11:59 pm BST',
    )
    expect((screen.getByLabelText('Select a date range') as HTMLSelectElement).value).toBe('today')
  })

  it('changes period with "Update": the previous 7 days end yesterday, so today’s payments are not in them', async () => {
    await paid(2000)
    const { user, router } = renderApp('/admin')
    await screen.findByRole('link', { name: 'Successful payments' })
    await waitFor(() => expect(values('Successful payments')).toEqual(['1', '£20.00']))
    const select = screen.getByLabelText('Select a date range')
    expect([...(select as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'Today',
      'Yesterday',
      'Previous 7 days',
      'Previous 30 days',
    ])
    await user.selectOptions(select, 'Previous 7 days')
    await user.click(screen.getByRole('button', { name: 'Update' }))
    await waitFor(() => expect(router.state.location.search).toBe('?period=previous-seven-days'))
    await waitFor(() => expect(values('Successful payments')).toEqual(['0', '£0.00']))
    expect(group('Net income').textContent).toContain('for 8 July 2026 at 12:00 am BST to 14 July 2026 at 11:59 pm BST')
  })

  it('counts yesterday’s payments under Yesterday once the clock has moved on a day', async () => {
    await paid(1234)
    await advanceClock({ days: 1 })
    renderApp('/admin?period=yesterday')
    await screen.findByRole('link', { name: 'Successful payments' })
    await waitFor(() => expect(values('Successful payments')).toEqual(['1', '£12.34']))
    expect(screen.getByRole('link', { name: 'Successful payments' }).getAttribute('href')).toContain('fromDate=15%2F07%2F2026')
  })

  it('updates while open when a payment succeeds', async () => {
    renderApp('/admin')
    await screen.findByRole('link', { name: 'Successful payments' })
    expect(values('Successful payments')).toEqual(['0', '£0.00'])
    await paid(999)
    await waitFor(() => expect(values('Successful payments')).toEqual(['1', '£9.99']))
  })

  it('links to a test payment, the API explorer and the API keys', async () => {
    renderApp('/admin')
    expect((await screen.findByRole('link', { name: 'Make a test payment' })).getAttribute('href')).toBe('/admin/test-payment')
    expect(screen.getByText(/Try the payment experience as a user\. Then view the completed payment as an administrator/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Try the API in the explorer' }).getAttribute('href')).toBe('/explorer')
    expect(screen.getByRole('link', { name: 'Manage API keys' }).getAttribute('href')).toBe('/admin/api-keys')
  })

  it('says so when the totals cannot be read', async () => {
    stopRuntime('The stored data is out of reach')
    renderApp('/admin')
    expect(await screen.findByRole('heading', { level: 2, name: 'Error fetching totals' })).toBeVisible()
    expect(screen.getByText('Transaction activity data cannot be retrieved at this time.')).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Successful payments' })).toBeNull()
  })
})
