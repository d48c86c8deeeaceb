// The agreements list (#/admin/agreements) in the whole app: the real columns, filters and empty
// messages, 20 to a page, and what a service with recurring payments off sees.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { recurringOn, setUp, storedAgreement, withSettings } from '../../../../support/agreement-scenarios.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })

const REFERENCE_ERROR = 'Reference number must contain at least one letter or number, and may also include spaces, hyphens, and underscores'

const table = () => screen.findByRole('table', { name: 'Agreements' })
const rowTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
const adminNav = () => within(screen.getByRole('navigation', { name: 'Admin site' }))
const search = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search)

async function openList(path = '/admin/agreements') {
  const view = renderApp(path)
  expect(await screen.findByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible()
  return view
}

describe('the agreements list', { timeout: 60_000 }, () => {
  it('is in the admin navigation of a service with recurring payments, and says how to make a first agreement', async () => {
    await recurringOn()
    await openList()
    const link = adminNav().getByRole('link', { name: 'Agreements' })
    expect(link).toHaveAttribute('href', '/admin/agreements')
    expect(link).toHaveAttribute('aria-current', 'page')
    expect(await screen.findByText('This service has no agreements yet.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Create an agreement in the API explorer' })).toHaveAttribute('href', '/explorer/create-agreement')
    expect(screen.queryByRole('table')).toBeNull()
    await waitFor(() => expect(document.title).toBe('Agreements – GOV.UK Pay Playground'))
  })

  it('lists agreements newest first with the real columns: Awaiting payment until a card is set up', async () => {
    await recurringOn()
    const waiting = await storedAgreement('CT-0001')
    const active = await storedAgreement('CT-0002')
    await setUp(active, { cardNumber: '4000056655665556', expiryMonth: '7', expiryYear: '2031' })
    await openList()
    const list = await table()
    expect(within(list).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'ID',
      'Reference number',
      'Status',
      'Payment instrument',
      'Date created',
    ])
    const [first, second] = rowTexts(list)
    expect(first?.slice(0, 4)).toEqual([active, 'CT-0002', 'Active', 'Visa ••••5556 07/31'])
    expect(second?.slice(0, 4)).toEqual([waiting, 'CT-0001', 'Created', 'Awaiting payment'])
    expect(second?.[4]).toMatch(/^\d{2} \w{3} \d{4} — \d{2}:\d{2}:\d{2}$/)
    expect(within(list).getByRole('link', { name: 'CT-0001' })).toHaveAttribute('href', `/admin/agreements/${waiting}`)
    expect(screen.getByText('Showing 1 to 2 of 2 agreements')).toBeVisible()
  })

  it('filters by status and by part of the reference in any case, and says when nothing matches', async () => {
    await recurringOn()
    await storedAgreement('COUNCIL-TAX-1')
    await setUp(await storedAgreement('council-tax-2'))
    await storedAgreement('PARKING-1')
    const { user, router } = await openList()
    await table()

    await user.selectOptions(screen.getByLabelText('Status'), 'Active')
    await user.click(screen.getByRole('button', { name: 'Search agreements' }))
    await waitFor(() => expect(search(router).get('status')).toBe('ACTIVE'))
    await waitFor(async () => expect(rowTexts(await table()).map((row) => row[1])).toEqual(['council-tax-2']))
    expect(screen.getByLabelText('Status')).toHaveValue('ACTIVE')

    await user.selectOptions(screen.getByLabelText('Status'), 'All')
    await user.type(screen.getByLabelText('Reference number'), 'Council-T')
    await user.click(screen.getByRole('button', { name: 'Search agreements' }))
    await waitFor(async () => expect(rowTexts(await table()).map((row) => row[1])).toEqual(['council-tax-2', 'COUNCIL-TAX-1']))
    expect(search(router).has('status')).toBe(false)

    await user.clear(screen.getByLabelText('Reference number'))
    await user.type(screen.getByLabelText('Reference number'), 'library')
    await user.click(screen.getByRole('button', { name: 'Search agreements' }))
    expect(await screen.findByText('There are no results for the filters you used.')).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    await waitFor(async () => expect(rowTexts(await table())).toHaveLength(3))
    expect(screen.queryByRole('link', { name: 'Clear filters' })).toBeNull()
  })

  it('refuses a reference the real admin site refuses, with an error summary that links to the field', async () => {
    await recurringOn()
    await storedAgreement('INV/2026/1')
    await openList('/admin/agreements?reference=INV%2F2026')
    const summary = within(await screen.findByRole('alert'))
    expect(summary.getByRole('link', { name: REFERENCE_ERROR })).toHaveAttribute('href', '#reference')
    expect(screen.getByLabelText('Reference number')).toHaveAccessibleDescription(`Enter full or partial reference Error: ${REFERENCE_ERROR}`)
    expect(screen.queryByRole('table')).toBeNull()
    await waitFor(() => expect(document.title).toBe('Error: Agreements – GOV.UK Pay Playground'))
  })

  it('shows 20 agreements a page, with pages to move between', async () => {
    await recurringOn()
    for (let n = 1; n <= 21; n++) await storedAgreement(`REF-${String(n).padStart(2, '0')}`)
    const { user, router } = await openList()
    expect(rowTexts(await table())).toHaveLength(20)
    expect(screen.getByText('Showing 1 to 20 of 21 agreements')).toBeVisible()
    await user.click(screen.getAllByRole('link', { name: /^Next ?page$/ })[0]!)
    await waitFor(() => expect(search(router).get('page')).toBe('2'))
    expect(await screen.findByText('Showing 21 to 21 of 21 agreements')).toBeVisible()
    expect(rowTexts(await table()).map((row) => row[1])).toEqual(['REF-01'])
  })

  it('with recurring payments off, is not in the navigation and says recurring payments are off, linking to Settings', async () => {
    await openList()
    expect(adminNav().getAllByRole('link').map((link) => link.textContent)).toEqual(['Dashboard', 'Transactions', 'API keys', 'Settings'])
    const notice = await screen.findByText(/Recurring payments are off for My test service/)
    expect(notice).toBeVisible()
    expect(within(document.getElementById('recurring-payments-off')!).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/admin/settings')
    expect(screen.queryByRole('button', { name: 'Search agreements' })).toBeNull()
    expect(screen.queryByText('This service has no agreements yet.')).toBeNull()
  })

  it('with recurring payments turned off after agreements were made, still lists them under the notice', async () => {
    await recurringOn()
    await storedAgreement('MADE-BEFORE')
    await withSettings({ recurringPayments: false })
    await openList()
    expect(await screen.findByText(/Recurring payments are off/)).toBeVisible()
    expect(rowTexts(await table()).map((row) => row[1])).toEqual(['MADE-BEFORE'])
  })
})
