import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { newAgreement, recurringOn, setUp, takeWithAgreement } from '../../../../support/agreement-scenarios.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const detailPath = (id: string) => `/admin/transactions/${id}`
const cell = (id: string) => document.getElementById(id)?.textContent ?? ''

/** The events table's body rows, each as the text of its cells. */
function eventTexts(): string[][] {
  const table = screen.getByRole('table', { name: 'Transaction events' }) as HTMLTableElement
  return [...(table.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].map((c) => c.textContent ?? ''))
}

async function openDetail(id: string) {
  const view = renderApp(detailPath(id))
  await screen.findByRole('heading', { level: 1, name: 'Transaction details' })
  return view
}

async function refundSummaryFromApi(paymentId: string) {
  const key = await newKey()
  return (await api('GET', `/v1/payments/${paymentId}`, { key })).json.refund_summary
}

describe('the transaction detail page', () => {
  it('shows the details, payment method and history of a successful payment, newest event first', async () => {
    const payment = await paymentIn('success', { amount: 123456 })
    await openDetail(payment.id)
    expect(cell('reference')).toBe('REF-FIXTURE')
    expect(cell('description')).toBe('A fixture payment')
    expect(cell('state')).toBe('Success')
    expect(cell('amount')).toBe('£1,234.56')
    expect(cell('refunded-amount')).toBe('£0.00')
    expect(cell('provider')).toBe('Sandbox')
    expect(cell('payment-id')).toBe(payment.id)
    expect(cell('card-number')).toBe('4242 42** **** 4242')
    expect(cell('cardholder-name')).toBe('Ms J Bloggs')
    expect(cell('card-brand')).toBe('Visa')
    const events = eventTexts()
    expect(events.map((row) => row[0])).toEqual(['Success', 'Submitted', 'Started', 'Created'])
    expect(events[0]?.[1]).toBe('£1,234.56')
    expect(await waitFor(() => document.title)).toBe(`Transaction details ${payment.id} – GOV.UK Pay Playground`)
  })

  it('links back to the transactions list and marks Transactions in the admin navigation', async () => {
    const payment = await paymentIn('success')
    await openDetail(payment.id)
    expect(screen.getByRole('link', { name: 'Transactions list' }).getAttribute('href')).toBe('/admin/transactions')
    const nav = screen.getByRole('navigation', { name: 'Admin site' })
    expect(within(nav).getByRole('link', { name: 'Transactions' }).getAttribute('aria-current')).toBe('page')
  })

  it('gives the code and message of a failure in the history, and explains the status', async () => {
    const payment = await paymentIn('declined')
    await openDetail(payment.id)
    expect(cell('state')).toMatch(/^Declined/)
    expect(screen.getByText('What does this mean?').closest('details')).toHaveTextContent(
      'The payment was declined by the card issuer, so no money was taken.',
    )
    expect(eventTexts()[0]?.[0]).toBe('DeclinedP0010 - Payment method rejected')
    expect(screen.queryByRole('button', { name: 'Refund payment' })).toBeNull()
  })

  it('shows the agreement a payment set up or was taken with, linking to the agreement’s page; other payments have none', async () => {
    await recurringOn()
    const key = await newKey()
    const agreementId = await newAgreement(key)
    const setUpPayment = await setUp(agreementId)
    const taken = await takeWithAgreement(key, agreementId)
    const plain = await paymentIn('success')
    for (const [paymentId, how] of [
      [setUpPayment.id, 'This payment sets up the agreement'],
      [taken, 'Taken with the agreement’s saved card'],
    ] as const) {
      const view = await openDetail(paymentId)
      expect(screen.getByRole('rowheader', { name: 'Agreement:' })).toBeVisible()
      expect(cell('agreement')).toBe(`${agreementId}${how}`)
      expect(screen.getByRole('link', { name: agreementId })).toHaveAttribute('href', `/admin/agreements/${agreementId}`)
      view.unmount()
    }
    await openDetail(plain.id)
    expect(screen.queryByRole('rowheader', { name: 'Agreement:' })).toBeNull()
  })

  it('shows metadata, sorted by key', async () => {
    const payment = await paymentIn('created')
    const { database } = await import('../../../../../src/simulator/services/runtime.ts')
    await database().payments.update(payment.id, { metadata: { zebra: 'last', ledger_code: 123, approved: true } })
    await openDetail(payment.id)
    const heading = screen.getByRole('heading', { name: 'Metadata' })
    const table = heading.nextElementSibling as HTMLTableElement
    expect([...table.rows].map((row) => row.textContent)).toEqual(['approved:true', 'ledger_code:123', 'zebra:last'])
  })

  it('makes a full refund through the same service as the API and says it worked', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const { user } = await openDetail(payment.id)
    await user.click(screen.getByRole('button', { name: 'Refund payment' }))
    const full = screen.getByRole('radio', { name: 'Full refund' })
    expect((full as HTMLInputElement).checked).toBe(true)
    expect(document.activeElement).toBe(full)
    expect(full).toHaveAccessibleDescription('Refund the full amount of £10.00')
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }))

    const banner = await screen.findByRole('alert')
    expect(within(banner).getByText('Refund successful')).toBeVisible()
    expect(within(banner).getByText('It may take up to 6 days to process.')).toBeVisible()
    await waitFor(() => expect(document.activeElement).toBe(banner))
    await waitFor(() => expect(cell('refunded-amount')).toBe('–£10.00'))
    expect(screen.queryByRole('button', { name: 'Refund payment' })).toBeNull()
    expect(await refundSummaryFromApi(payment.id)).toEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  })

  it('makes a partial refund in pounds and pence, then offers the remaining amount', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const { user } = await openDetail(payment.id)
    await user.click(screen.getByRole('button', { name: 'Refund payment' }))
    await user.click(screen.getByRole('radio', { name: 'Partial refund' }))
    await user.type(screen.getByLabelText('Refund amount'), '2.50')
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }))

    await screen.findByText('Refund successful')
    await waitFor(() => expect(cell('refunded-amount')).toBe('–£2.50'))
    expect(await refundSummaryFromApi(payment.id)).toEqual({ status: 'available', amount_available: 750, amount_submitted: 250 })
    expect(eventTexts().slice(0, 2).map((row) => row.slice(0, 2))).toEqual([
      ['Refund success', '–£2.50'],
      ['Refund submitted', '–£2.50'],
    ])

    await user.click(screen.getByRole('button', { name: 'Refund payment' }))
    const remaining = screen.getByRole('radio', { name: 'Remaining amount' })
    expect(remaining).toBeChecked()
    expect(screen.queryByRole('radio', { name: 'Full refund' })).toBeNull()
    expect(remaining).toHaveAccessibleDescription('Refund the remaining £7.50 (£2.50 has already been refunded)')
  })

  it.each([
    ['ten pounds', 'Enter an amount to refund in pounds and pence using digits and a decimal point. For example “10.50”'],
    ['0', 'Enter an amount to refund in pounds and pence using digits and a decimal point. For example “10.50”'],
    ['10.001', 'Enter an amount to refund in pounds and pence using digits and a decimal point. For example “10.50”'],
    ['10.01', 'The amount you tried to refund is greater than the amount available to be refunded. Please try again.'],
  ])('refuses %j with the real message, in a "Refund failed" summary linked to the field', async (typed, message) => {
    const payment = await paymentIn('success', { amount: 1000 })
    const { user } = await openDetail(payment.id)
    await user.click(screen.getByRole('button', { name: 'Refund payment' }))
    await user.click(screen.getByRole('radio', { name: 'Partial refund' }))
    await user.type(screen.getByLabelText('Refund amount'), typed)
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }))

    const summary = await screen.findByRole('heading', { name: 'Refund failed' })
    const box = summary.closest('.govuk-error-summary') as HTMLElement
    const link = within(box).getByRole('link', { name: message })
    expect(link.getAttribute('href')).toBe('#refund-amount')
    await waitFor(() => expect(document.activeElement).toBe(box))
    expect(screen.getByLabelText('Refund amount').getAttribute('aria-describedby')).toContain('refund-amount-error')
    await user.click(link)
    expect(document.activeElement).toBe(screen.getByLabelText('Refund amount'))
    expect(cell('refunded-amount')).toBe('£0.00')
    expect(await refundSummaryFromApi(payment.id)).toEqual({ status: 'available', amount_available: 1000, amount_submitted: 0 })
  })

  it('offers no refund while the payment is in progress, but lets the service cancel it after confirming', async () => {
    const payment = await paymentIn('started')
    const { user } = await openDetail(payment.id)
    expect(cell('state')).toBe('In progress')
    expect(screen.queryByRole('button', { name: 'Refund payment' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Cancel payment' }))
    expect(screen.getByText('Are you sure you want to cancel this payment?')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'No, keep the payment' }))
    expect(screen.getByRole('button', { name: 'Cancel payment' })).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Cancel payment' }))
    await user.click(screen.getByRole('button', { name: 'Yes, cancel this payment' }))
    await screen.findByText('Payment cancelled')
    await waitFor(() => expect(cell('state')).toMatch(/^Cancelled/))
    expect(eventTexts()[0]?.[0]).toBe('CancelledP0040 - Payment was cancelled by the service')
    expect(screen.queryByRole('button', { name: 'Cancel payment' })).toBeNull()
    const key = await newKey()
    expect((await api('GET', `/v1/payments/${payment.id}`, { key })).json.state).toEqual({
      status: 'cancelled',
      finished: true,
      code: 'P0040',
      message: 'Payment was cancelled by the service',
    })
  })

  it('says clearly when there is no such payment', async () => {
    renderApp(detailPath('nosuchpayment0000000000000'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Transaction not found' })).toBeVisible()
    expect(screen.getByText('nosuchpayment0000000000000')).toBeVisible()
    expect(screen.getByText(/in My test service/)).toBeVisible()
  })

  it("offers to switch service for another service's payment", async () => {
    const other = await createService('Team B')
    const payment = await paymentIn('success', { serviceId: other.id })
    const { user } = renderApp(detailPath(payment.id))
    expect(await screen.findByRole('heading', { level: 1, name: 'This payment belongs to another service' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Switch to Team B' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Transaction details' })).toBeVisible()
    expect(cell('payment-id')).toBe(payment.id)
  })
})
