import { configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makePayment, pay, refund, tick } from '../../../../support/payment-scenarios.ts'
import { parseCsv } from '../../../../support/parse-csv.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Loading the page's code and reading IndexedDB in jsdom are slow on a busy machine.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  vi.restoreAllMocks()
})

async function paid(overrides: Parameters<typeof makePayment>[0] = {}, card: Parameters<typeof pay>[1] = {}) {
  await tick()
  const payment = await makePayment(overrides)
  await pay(payment.id, card)
  return payment
}

const table = () => screen.findByRole('table', { name: 'Transactions' })
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1)
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)
const countLine = () => document.getElementById('total-results')?.textContent
const search = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search)

describe('the transactions list', () => {
  it('shows payments and refunds newest first, with the real columns and formats', async () => {
    const payment = await paid({ reference: 'INV-001', amount: 123456, email: 'someone.with.a.long.address@example.org' })
    await tick()
    await refund(payment.id, 500)
    renderApp('/admin/transactions')
    expect(await screen.findByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible()
    const list = await table()
    const headers = within(list).getAllByRole('columnheader').map((cell) => cell.textContent)
    expect(headers).toEqual(['Reference number', 'Email', 'Amount', 'Card brand', 'State', 'Date created'])
    const [refundRow, paymentRow] = bodyRows(list)
    expect(cells(refundRow!).slice(0, 5)).toEqual(['INV-001', 'someone.with.a.long.…', '–£5.00', 'Visa', 'Refund success'])
    expect(cells(paymentRow!).slice(0, 5)).toEqual(['INV-001', 'someone.with.a.long.…', '£1,234.56', 'Visa', 'Success'])
    expect(cells(paymentRow!)[5]).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4} — \d{2}:\d{2}:\d{2}$/)
    const link = within(paymentRow!).getByRole('link', { name: 'INV-001' })
    expect(link.getAttribute('href')).toBe(`/admin/transactions/${payment.id}`)
    expect(countLine()).toBe('2 transactions')
    await waitFor(() => expect(document.title).toBe('Transactions – GOV.UK Pay Playground'))
  })

  it('filters from the form, keeps the filters in the address, and clears them', async () => {
    await paid({ reference: 'ALPHA-1' })
    await paid({ reference: 'BETA-2' })
    const { user, router } = renderApp('/admin/transactions')
    await table()
    expect(screen.queryByRole('link', { name: 'Clear filter' })).toBeNull()
    await user.type(screen.getByLabelText('Reference number'), 'alpha')
    await user.click(screen.getByRole('checkbox', { name: 'Success' }))
    await user.click(screen.getByRole('button', { name: 'Filter' }))
    await waitFor(() => expect(search(router).get('reference')).toBe('alpha'))
    expect(search(router).getAll('state')).toEqual(['Success'])
    await waitFor(() => expect(bodyRows(screen.getByRole('table')).map((row) => cells(row)[0])).toEqual(['ALPHA-1']))
    expect(countLine()).toBe('1 transaction with Success state')
    await user.click(screen.getByRole('link', { name: 'Clear filter' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    await waitFor(() => expect(bodyRows(screen.getByRole('table'))).toHaveLength(2))
    expect((screen.getByLabelText('Reference number') as HTMLInputElement).value).toBe('')
  })

  it('opens a shared address with its filters filled in and described', async () => {
    await paid({ amount: 2000 })
    renderApp('/admin/transactions?state=Success&state=Refund+success&brand=visa&fromDate=01/01/2020&toDate=31/12/2099')
    await table()
    expect((screen.getByRole('checkbox', { name: 'Success' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Refund success' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Visa' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByLabelText('Start date') as HTMLInputElement).value).toBe('01/01/2020')
    expect(countLine()).toBe(
      '1 transaction from 01/01/2020 to 31/12/2099 with Success or Refund success states with ‘Visa’ card brand',
    )
  })

  it('says when nothing matches', async () => {
    await paid({ reference: 'SOMETHING' })
    renderApp('/admin/transactions?reference=nothing-like-it')
    expect(await screen.findByText('There are no results for the filters you used.')).toBeVisible()
    expect(countLine()).toBe('0 transactions')
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Download all transaction details as a CSV file' })).toBeNull()
  })

  it('shows an error summary linked to the end date when the range runs backwards, and no results', async () => {
    await paid()
    const { user } = renderApp('/admin/transactions?fromDate=02/07/2026&toDate=01/07/2026')
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeVisible()
    const link = within(summary).getByRole('link', { name: 'End date must be after start date' })
    expect(link.getAttribute('href')).toBe('#toDate')
    expect(screen.getByText('End date must be after start date', { selector: '.govuk-error-message' })).toBeVisible()
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(expect.stringContaining('End date must be after start date'))
    expect(screen.queryByRole('table')).toBeNull()
    await user.click(link)
    expect(document.activeElement).toBe(screen.getByLabelText('End date'))
    await waitFor(() => expect(document.title).toBe('Error: Transactions – GOV.UK Pay Playground'))
  })

  it('refuses a card number typed as a reference', async () => {
    const { user } = renderApp('/admin/transactions')
    await screen.findByText('There are no results for the filters you used.')
    await user.type(screen.getByLabelText('Reference number'), '4242424242424242')
    await user.click(screen.getByRole('button', { name: 'Filter' }))
    expect(await screen.findByRole('link', { name: 'Reference number must not be a card number' })).toHaveAttribute('href', '#reference')
  })

  it('pages through the results with links that keep the filters', async () => {
    for (let i = 1; i <= 5; i++) await paid({ reference: `PAGE-${i}` })
    const { user, router } = renderApp('/admin/transactions?reference=page&pageSize=2')
    await table()
    expect(bodyRows(screen.getByRole('table')).map((row) => cells(row)[0])).toEqual(['PAGE-5', 'PAGE-4'])
    const [top] = screen.getAllByRole('navigation', { name: /Pages of transactions/ })
    await user.click(within(top!).getByRole('link', { name: 'Page 3' }))
    await waitFor(() => expect(bodyRows(screen.getByRole('table')).map((row) => cells(row)[0])).toEqual(['PAGE-1']))
    expect(search(router).get('reference')).toBe('page')
    expect(search(router).get('page')).toBe('3')
    expect(within(screen.getAllByRole('navigation', { name: /Pages of transactions/ })[0]!).getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page')
  })

  it('says when a page is past the end, and links to the first', async () => {
    await paid({ reference: 'ONLY' })
    renderApp('/admin/transactions?page=9')
    expect(await screen.findByText(/There are no transactions on this page\./)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to the first page' }).getAttribute('href')).toBe('/admin/transactions')
    expect(countLine()).toBe('1 transaction')
  })

  it('updates when a payment is made while it is open', async () => {
    await paid({ reference: 'BEFORE' })
    renderApp('/admin/transactions')
    await table()
    await paid({ reference: 'AFTER' })
    await waitFor(() => expect(bodyRows(screen.getByRole('table')).map((row) => cells(row)[0])).toEqual(['AFTER', 'BEFORE']))
  })

  it('downloads every matching transaction as a CSV file', async () => {
    const payment = await paid({ reference: '=SUM(1)', amount: 2500, metadata: { ledger_code: 'AB1' } })
    await tick()
    await refund(payment.id, 1000)
    await paid({ reference: 'NOT-THIS-ONE' })
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:transactions'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    let downloadName = ''
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloadName = this.download
    })
    const { user } = renderApp('/admin/transactions?reference=sum')
    await table()
    await user.click(screen.getByRole('button', { name: 'Download all transaction details as a CSV file' }))
    await waitFor(() => expect(blobs).toHaveLength(1))
    expect(downloadName).toMatch(/^GOVUK_Pay_\d{4}-\d{2}-\d{2}_\d{2}:\d{2}:\d{2}\.csv$/)
    const { columns, rows } = parseCsv(await blobs[0]!.text())
    expect(columns.slice(0, 4)).toEqual(['Reference', 'Description', 'Email', 'Amount'])
    expect(columns.at(-1)).toBe('ledger_code (metadata)')
    expect(rows.map((row) => [row.Reference, row.Amount, row.State])).toEqual([
      ["'=SUM(1)", '-10.00', 'Refund success'],
      ["'=SUM(1)", '25.00', 'Success'],
    ])
    expect(rows[1]?.['GOV.UK Payment ID']).toBe(payment.id)
  })
})
