// Moving on from the card page and the confirm page goes straight to the next page: the page on
// screen holds itself while the next one loads, so the page for the payment's new status ("Your
// payment is in progress", "Your payment was successful") never shows for a moment. The next
// pages' code is made slow to load here, as on a busy machine, and every heading shown is recorded.
import { configure, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../src/features/hosted-pages/browser-binding.ts'
import { fillCardPage } from '../../../support/card-form-filling.ts'
import { recordHeadings } from '../../../support/heading-recorder.ts'
import { authorise, makePayment } from '../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../support/render-hosted.tsx'
import { useSimulator } from '../../../support/simulator.ts'

const SLOW_LOAD_MS = 400
const slowly = async <T,>(load: () => Promise<T>): Promise<T> => {
  await new Promise((resolve) => setTimeout(resolve, SLOW_LOAD_MS))
  return load()
}
vi.mock('../../../../src/features/hosted-pages/confirm/confirm-page.tsx', (load) => slowly(load))
vi.mock('../../../../src/features/hosted-pages/return/return-page.tsx', (load) => slowly(load))

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

describe('moving on from a hosted page', () => {
  it('goes from “Continue” straight to the confirm page', async () => {
    const payment = await makePayment()
    bindPayment(payment.id)
    const { user } = renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    await user.click(screen.getByLabelText('Card number'))
    await fillCardPage(user)
    const recorder = recordHeadings()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })
    recorder.stop()
    // "Checking card details" is expected too if authorising took more than a second on a slow machine.
    expect(recorder.headings().filter((heading) => heading !== 'Checking card details')).toEqual(['Enter card details', 'Confirm your payment'])
  })

  it('goes from “Confirm payment” straight to the return page', async () => {
    const payment = await makePayment()
    await authorise(payment.id)
    bindPayment(payment.id)
    const { user } = renderHosted(`/card_details/${payment.id}/confirm`)
    await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })
    const recorder = recordHeadings()
    await user.click(screen.getByRole('button', { name: 'Confirm payment' }))
    await screen.findByRole('heading', { level: 1, name: 'Return to your service' })
    recorder.stop()
    expect(recorder.headings()).toEqual(['Confirm your payment', 'Return to your service'])
  })
})
