// A service with its own failure pages (the real flag redirect_to_service_immediately_on_terminal_state):
// a finished payment skips the payment pages' outcome page and goes straight back to the service,
// through `#/return/:paymentId`. Without the flag, the outcome page shows (the other tests).
import { configure, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../src/features/hosted-pages/browser-binding.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { cancelPayment } from '../../../../src/simulator/services/payments.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { fillCardPage } from '../../../support/card-form-filling.ts'
import { recordHeadings } from '../../../support/heading-recorder.ts'
import { makePayment, pay } from '../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await updateService((await ensureCurrentService()).id, { settings: { redirectToServiceImmediatelyOnTerminalState: true } })
})

async function openCardPage() {
  const payment = await makePayment({ returnUrl: 'https://your.service.gov.uk/done' })
  bindPayment(payment.id)
  const view = renderHosted(`/card_details/${payment.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
  return { ...view, payment }
}

const returned = () => screen.findByRole('heading', { level: 1, name: 'Return to your service' })

describe('going straight back to the service', () => {
  it.each([
    ['4000000000000002', 'Your payment has been declined', 'failed'],
    ['4000000000000119', 'We’re experiencing technical problems', 'error'],
  ])('skips the page for %s (%s)', async (cardNumber, outcome, status) => {
    const { user, payment, router } = await openCardPage()
    await fillCardPage(user, { 'Card number': cardNumber })
    const recorder = recordHeadings()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await returned()
    recorder.stop()
    expect(recorder.headings()).not.toContain(outcome)
    expect(router.state.location.pathname).toBe(`/return/${payment.id}`)
    expect(document.getElementById('return-url')).toHaveTextContent('https://your.service.gov.uk/done')
    expect((await api('GET', `/v1/payments/${payment.id}`, { key: await newKey() })).json.state.status).toBe(status)
  })

  it('skips “Your payment has been cancelled” after “Cancel payment”', async () => {
    const { user } = await openCardPage()
    const recorder = recordHeadings()
    await user.click(screen.getByRole('button', { name: 'Cancel payment' }))
    await returned()
    recorder.stop()
    expect(recorder.headings()).toEqual(['Enter card details', 'Return to your service'])
  })

  it('skips “Payment cancelled” when the service cancels while the user is on the page', async () => {
    const { payment } = await openCardPage()
    await cancelPayment(payment.serviceId, payment.id)
    expect(await returned()).toBeVisible()
  })

  it('skips “Your payment session has expired”', async () => {
    const payment = await makePayment()
    bindPayment(payment.id)
    await advanceClock({ minutes: 91 })
    renderHosted(`/card_details/${payment.id}`)
    expect(await returned()).toBeVisible()
  })

  it('skips “Your payment was successful” when a finished payment’s page is opened again', async () => {
    const payment = await makePayment()
    await pay(payment.id)
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}/confirm`)
    expect(await returned()).toBeVisible()
  })

  it('still shows a payment in progress, which is not finished', async () => {
    const payment = await makePayment()
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}/confirm`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible()
  })
})
