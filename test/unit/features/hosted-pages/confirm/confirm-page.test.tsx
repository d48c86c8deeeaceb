// `#/card_details/:paymentId/confirm`: the card as kept, "Confirm payment" (once), "Cancel payment",
// and the outcome pages after it.
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import { cancelPayment } from '../../../../../src/simulator/services/payments.ts'
import { authorise, makePayment } from '../../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { timesEntered } from '../../../../support/stored-history.ts'
import { withSettings } from '../../../../support/agreement-scenarios.ts'

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function openConfirmPage(overrides: Parameters<typeof makePayment>[0] = {}) {
  const payment = await makePayment({ description: 'Pay for your permit', amount: 4250, ...overrides })
  await authorise(payment.id, { cardNumber: '5105105105105100', cardholderName: 'Mr A Payer', expiryMonth: '7', expiryYear: '2031', email: 'a.payer@example.org' })
  bindPayment(payment.id)
  const view = renderHosted(`/card_details/${payment.id}/confirm`)
  await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })
  return { ...view, payment }
}

async function apiState(paymentId: string) {
  return (await api('GET', `/v1/payments/${paymentId}`, { key: await newKey() })).json.state
}

const capturedEvents = async (paymentId: string) => timesEntered(paymentId, 'CAPTURED')

describe('the confirm page', () => {
  it('shows the test banner, the payment summary and the card in a table, the number masked', async () => {
    await openConfirmPage()
    expect(document.title).toBe('Confirm your payment – GOV.UK Pay Playground')
    expect(screen.getByText('This is a test page. No money will be taken.')).toBeVisible()
    expect(screen.getByRole('region', { name: 'Payment summary' }).textContent).toContain('Total amount: £42.50')
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ])
    expect(rows).toEqual([
      ['Card number', '●●●●●●●●●●●●5100'],
      ['Expiry date', '07/31'],
      ['Name on card', 'Mr A Payer'],
      ['Billing address', '1 Test Street, London, SW1A 1AA, United Kingdom'],
      ['Confirmation email', 'a.payer@example.org'],
    ])
    expect(document.getElementById('card-number')?.textContent).toBe('●●●●●●●●●●●●5100')
    expect(document.getElementById('payment-summary-breakdown')).toBeNull()
    expect(screen.getByRole('button', { name: 'Cancel payment' })).toBeEnabled()
  })

  it('captures the payment on "Confirm payment" and returns to the service', async () => {
    const { user, payment, router } = await openConfirmPage()
    await user.click(screen.getByRole('button', { name: 'Confirm payment' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/return/${payment.id}`))
    expect(await apiState(payment.id)).toEqual({ status: 'success', finished: true })
    expect(await screen.findByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  })

  it('leaves a delayed-capture payment capturable', async () => {
    const { user, payment, router } = await openConfirmPage({ delayedCapture: true })
    await user.click(screen.getByRole('button', { name: 'Confirm payment' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/return/${payment.id}`))
    expect(await apiState(payment.id)).toEqual({ status: 'capturable', finished: false })
  })

  it('captures once when "Confirm payment" is pressed twice, disabling it at once', async () => {
    const { payment } = await openConfirmPage()
    const button = screen.getByRole('button', { name: 'Confirm payment' })
    fireEvent.click(button)
    fireEvent.click(button)
    expect((button as HTMLButtonElement).disabled).toBe(true)
    await screen.findByRole('heading', { level: 1, name: 'Return to your service' })
    expect(await capturedEvents(payment.id)).toBe(1)
  })

  it('cancels an authorised payment with "Cancel payment"', async () => {
    const { user, payment } = await openConfirmPage()
    await user.click(screen.getByRole('button', { name: 'Cancel payment' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
    expect(await apiState(payment.id)).toEqual({ status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' })
  })

  it('shows "Payment cancelled" when the service cancels while the user is on the page', async () => {
    const { payment } = await openConfirmPage()
    await cancelPayment(payment.serviceId, payment.id)
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Confirm payment' })).toBeNull()
  })

  it('shows the outcome, not the form, when the page is revisited after confirming (the Back button)', async () => {
    const { user, payment, router } = await openConfirmPage()
    await user.click(screen.getByRole('button', { name: 'Confirm payment' }))
    await screen.findByRole('heading', { level: 1, name: 'Return to your service' })
    await router.navigate(-1)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment was successful' })).toBeVisible()
    expect(router.state.location.pathname).toBe(`/card_details/${payment.id}/confirm`)
    expect(screen.getByText('To make any changes to your payment you’ll need to contact the service.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'View your payment summary' }).getAttribute('href')).toBe(`/return/${payment.id}`)
    expect(screen.queryByRole('button', { name: 'Confirm payment' })).toBeNull()
  })

  it('shows "in progress" for a payment not yet authorised, continuing to the card details', async () => {
    const payment = await makePayment()
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}/confirm`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Continue with your payment' }).getAttribute('href')).toBe(`/card_details/${payment.id}`)
  })
})

describe('the confirm page after a corporate card added a fee', () => {
  const CORPORATE_CREDIT = '4111111111111111'

  async function openWithFee(language: 'en' | 'cy') {
    await withSettings({ corporateCreditCardSurcharge: 250 })
    const payment = await makePayment({ description: 'Pay for your permit', amount: 4250, language })
    await authorise(payment.id, { cardNumber: CORPORATE_CREDIT })
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}/confirm`)
    await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Confirm your payment' : 'Cadarnhau eich taliad' })
    return payment
  }

  it('shows the amount, the fee and the total with the fee, which the API reports too', async () => {
    const payment = await openWithFee('en')
    // Two lines: "Amount £42.50", then "Corporate card fee: £2.50".
    expect(document.getElementById('payment-summary-breakdown')).toHaveTextContent(/^Amount £42\.50\s*Corporate card fee: £2\.50$/)
    expect(document.getElementById('payment-summary-breakdown-amount')).toHaveTextContent('£42.50')
    expect(document.getElementById('payment-summary-corporate-card-fee')).toHaveTextContent('£2.50')
    expect(screen.getByRole('region', { name: 'Payment summary' }).textContent).toContain('Total amount: £45.00')
    const read = await api('GET', `/v1/payments/${payment.id}`, { key: await newKey() })
    expect(read.json).toMatchObject({ amount: 4250, corporate_card_surcharge: 250, total_amount: 4500 })
  })

  it('words the breakdown in Welsh on a Welsh payment’s page', async () => {
    await openWithFee('cy')
    expect(document.getElementById('payment-summary-breakdown')).toHaveTextContent(/^Swm £42\.50\s*Ffi cerdyn corfforaethol: £2\.50$/)
    expect(screen.getByRole('region', { name: 'Crynodeb y taliad' }).textContent).toContain('Cyfanswm: £45.00')
  })
})
