// The disputes tool as a trainer uses it: pick a recent successful payment (or type its ID) and a
// reason, raise the dispute, then move it on with the buttons until it is won or lost.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { raiseDispute } from '../../../../../src/simulator/services/disputes.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { currentServiceId } from '../../../../support/payment-scenarios.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

const sim = useSimulator()

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Disputes' })
  return { ...view, section }
}

const storedDisputes = () => sim.db().disputes.toArray()

describe('the disputes tool', () => {
  it('says in one sentence that the real sandbox cannot raise disputes, and what this shows', async () => {
    const { section } = await openTools()
    expect(within(section).getByText(/^The real sandbox cannot raise disputes, so raise them here to see what services whose payments go through Stripe see/)).toBeVisible()
  })

  it('offers the recent successful payments that can be disputed, and raises a dispute on the one chosen', async () => {
    const paid = await paymentIn('success', { amount: 2500 })
    await paymentIn('declined')
    const { section, user } = await openTools()
    const choice = await within(section).findByRole('radio', { name: 'REF-FIXTURE — £25.00' })
    expect(within(section).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([paid.id, 'other'])
    await user.click(choice)
    await user.selectOptions(within(section).getByLabelText('Reason'), 'Product not received (product_not_received)')
    await user.click(within(section).getByRole('button', { name: 'Raise dispute' }))

    const banner = await within(section).findByRole('alert')
    expect(banner).toHaveTextContent(`Dispute raised: £25.00 of payment ${paid.id} is disputed (Product not received). Evidence is due by`)
    expect(await storedDisputes()).toMatchObject([{ paymentId: paid.id, reason: 'product_not_received', status: 'needs_response' }])
    const card = await within(section).findByRole('heading', { level: 4, name: 'Payment REF-FIXTURE' })
    expect(card.closest('.govuk-summary-card')).toHaveTextContent('Dispute awaiting evidence (needs_response)')
    // Disputed now, so no longer offered.
    await waitFor(() => expect(within(section).queryByRole('radio', { name: 'REF-FIXTURE — £25.00' })).toBeNull())
  })

  it('takes a payment ID typed in, and shows why a payment cannot be disputed on that field', async () => {
    const failed = await paymentIn('declined')
    const { section, user } = await openTools()
    const field = await within(section).findByLabelText('Payment ID')
    await user.type(field, failed.id)
    await user.click(within(section).getByRole('button', { name: 'Raise dispute' }))
    const summary = await screen.findByRole('alert')
    const message = `Payment ${failed.id} cannot be disputed: its status is failed, and only a successful payment can be disputed.`
    expect(within(summary).getByRole('link', { name: message })).toBeVisible()
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(await storedDisputes()).toEqual([])
  })

  it('asks for a payment when none is chosen or typed', async () => {
    await paymentIn('success')
    const { section, user } = await openTools()
    await within(section).findByRole('radio', { name: 'Another payment' })
    await user.click(within(section).getByRole('button', { name: 'Raise dispute' }))
    const summary = await screen.findByRole('alert')
    await user.click(within(summary).getByRole('link', { name: 'Choose the payment to dispute' }))
    expect(document.activeElement).toBe(within(section).getAllByRole('radio')[0])
    await user.click(within(section).getByRole('radio', { name: 'Another payment' }))
    await user.click(within(section).getByRole('button', { name: 'Raise dispute' }))
    expect(await within(screen.getByRole('alert')).findByRole('link', { name: 'Enter the payment ID of a successful payment' })).toBeVisible()
    expect(await storedDisputes()).toEqual([])
  })

  it('moves a dispute on: evidence submitted, then lost, with Stripe’s fee and the net amount', async () => {
    const paid = await paymentIn('success', { amount: 2500 })
    await raiseDispute(await currentServiceId(), paid.id, 'fraudulent')
    const { section, user } = await openTools()
    const card = (await within(section).findByRole('heading', { level: 4, name: 'Payment REF-FIXTURE' })).closest('.govuk-summary-card') as HTMLElement
    expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Submit evidence for the dispute on payment REF-FIXTURE',
      'Mark as lost for the dispute on payment REF-FIXTURE',
    ])
    await user.click(within(card).getByRole('button', { name: /^Submit evidence/ }))
    expect(await within(section).findByRole('alert')).toHaveTextContent('Evidence submitted. The dispute on payment REF-FIXTURE is now under review.')
    await waitFor(() => expect(card).toHaveTextContent('Dispute under review (under_review)'))
    expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Mark as won for the dispute on payment REF-FIXTURE',
      'Mark as lost for the dispute on payment REF-FIXTURE',
    ])

    await user.click(within(card).getByRole('button', { name: /^Mark as lost/ }))
    await waitFor(() =>
      expect(within(section).getByRole('alert')).toHaveTextContent(
        'The dispute on payment REF-FIXTURE has been lost: £25.00 plus Stripe’s £15.00 dispute fee will be taken from the service’s payout.',
      ),
    )
    await waitFor(() => expect(card).toHaveTextContent('Dispute lost to customer (lost)'))
    expect(card).toHaveTextContent('Dispute fee£15.00')
    expect(card).toHaveTextContent('Net amount-£40.00')
    expect(within(card).queryAllByRole('button')).toEqual([])
    expect((await sim.db().payments.get(paid.id))?.disputeStatus).toBe('lost')
  })

  it('says when the service has no disputes, and when nothing can be disputed yet', async () => {
    const { section } = await openTools()
    expect(await within(section).findByText('No payment of this service has been disputed yet.')).toBeVisible()
    expect(within(section).getByText(/^None of this service’s payments can be disputed now: take a successful payment first/)).toBeVisible()
  })
})
