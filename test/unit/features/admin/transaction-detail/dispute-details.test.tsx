// A disputed payment's page in the admin site, as the real admin site shows it: the dispute's status
// as the payment status, "Dispute details" (fee and net amount once lost), the dispute's steps in the
// events, and no refund while the dispute is not won.
import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { formatDateTime } from '../../../../../src/lib/dates.ts'
import { moveDispute, raiseDispute } from '../../../../../src/simulator/services/disputes.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const cell = (id: string) => document.getElementById(id)?.textContent ?? ''

async function disputedPayment(amount = 2000) {
  const payment = await paymentIn('success', { amount })
  const dispute = await raiseDispute(payment.serviceId, payment.id, 'product_not_received')
  return { payment, dispute }
}

async function openDetail(paymentId: string) {
  renderApp(`/admin/transactions/${paymentId}`)
  await screen.findByRole('heading', { level: 1, name: 'Transaction details' })
}

/** The labels of the dispute details table, in order. */
function disputeLabels(): string[] {
  const table = screen.getByRole('heading', { name: 'Dispute details' }).nextElementSibling as HTMLTableElement
  return [...table.querySelectorAll('th')].map((header) => header.textContent ?? '')
}

describe('a disputed payment’s details', () => {
  it('shows a new dispute: its status for the payment’s, amount, reason and evidence due date, and no fee', async () => {
    const { payment, dispute } = await disputedPayment(2000)
    await openDetail(payment.id)
    expect(cell('state')).toBe('Dispute awaiting evidence')
    expect(disputeLabels()).toEqual(['Status:', 'Date disputed:', 'Disputed amount:', 'Reason:', 'Evidence due by:'])
    expect(cell('dispute-state')).toBe('Dispute awaiting evidence')
    expect(cell('dispute-date')).toBe(formatDateTime(dispute.createdAt))
    expect(cell('dispute-amount')).toBe('£20.00')
    expect(cell('dispute-reason')).toBe('Product not received')
    expect(cell('dispute-evidence-due-date')).toBe(formatDateTime(dispute.evidenceDueAt))
    // The section sits between the payment's details and its payment method.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(headings.indexOf('Dispute details')).toBe(headings.indexOf('Payment method') - 1)
  })

  it('says the payment cannot be refunded while it is disputed, and offers the refund again once the dispute is won', async () => {
    const { payment, dispute } = await disputedPayment()
    await openDetail(payment.id)
    const refund = screen.getByRole('region', { name: 'Refund' })
    expect(within(refund).getByText('You cannot refund this payment because it is being disputed.')).toBeVisible()
    expect(within(refund).queryByRole('button')).toBeNull()

    await moveDispute(payment.serviceId, dispute.id, 'under_review')
    await moveDispute(payment.serviceId, dispute.id, 'won')
    expect(await screen.findByRole('button', { name: 'Refund payment' })).toBeVisible()
    expect(cell('state')).toBe('Dispute won in your favour')
    expect(cell('dispute-state')).toBe('Dispute won in your favour')
    expect(document.getElementById('dispute-fee')).toBeNull()
    expect(document.getElementById('dispute-net-amount')).toBeNull()
  })

  it('shows a lost dispute’s PSP fee, explained, and its net amount, and every step in the events', async () => {
    const { payment, dispute } = await disputedPayment(2000)
    await moveDispute(payment.serviceId, dispute.id, 'under_review')
    await moveDispute(payment.serviceId, dispute.id, 'lost')
    await openDetail(payment.id)
    expect(disputeLabels()).toEqual([
      'Status:',
      'Date disputed:',
      'Disputed amount:',
      'PSP dispute fee:',
      'Dispute net amount:',
      'Reason:',
      'Evidence due by:',
    ])
    expect(cell('dispute-state')).toBe('Dispute lost to customer')
    expect(cell('dispute-fee')).toMatch(/^£15\.00What is this fee\?/)
    expect(cell('dispute-fee')).toContain('If you lose a payment dispute, Stripe will deduct the disputed amount and an additional £15.00 dispute fee from your account.')
    expect(cell('dispute-net-amount')).toBe('-£35.00')
    const table = screen.getByRole('table', { name: 'Transaction events' }) as HTMLTableElement
    const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].slice(0, 2).map((c) => c.textContent))
    expect(rows.slice(0, 4)).toEqual([
      ['Dispute lost to customer', '–£20.00'],
      ['Dispute under review', '–£20.00'],
      ['Dispute awaiting evidence', '–£20.00'],
      ['Success', '£20.00'],
    ])
    expect(screen.getByText('You cannot refund this payment because it is being disputed.')).toBeVisible()
  })

  it('shows no dispute details for a payment that was never disputed', async () => {
    const payment = await paymentIn('success')
    await openDetail(payment.id)
    expect(cell('state')).toBe('Success')
    expect(screen.queryByRole('heading', { name: 'Dispute details' })).toBeNull()
  })
})
