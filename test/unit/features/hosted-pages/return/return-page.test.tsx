// `#/return/:paymentId`: an open payment is cancelled first; a return URL elsewhere gets the
// playground's "Return to your service" page, one on the playground's own origin is followed.
import { configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import { beginCardEntry } from '../../../../../src/simulator/services/hosted-session.ts'
import { makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function apiState(paymentId: string) {
  return (await api('GET', `/v1/payments/${paymentId}`, { key: await newKey() })).json.state
}

describe('returning to the service', () => {
  it('shows where a real integration would land, with links there and to the payment in the admin site', async () => {
    const payment = await makePayment({ returnUrl: 'https://your.service.gov.uk/completed?ref=42' })
    await pay(payment.id)
    bindPayment(payment.id)
    const { user } = renderHosted(`/return/${payment.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
    expect(document.title).toBe('Return to your service – GOV.UK Pay Playground')
    expect(document.getElementById('return-url')?.textContent).toBe('https://your.service.gov.uk/completed?ref=42')
    expect(screen.getByText('success')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to the return URL' }).getAttribute('href')).toBe('https://your.service.gov.uk/completed?ref=42')
    expect(screen.queryByText('Test service')).toBeNull()
    await user.click(screen.getByRole('link', { name: 'View this payment in the admin site' }))
    expect(await screen.findByRole('heading', { name: `Elsewhere: /admin/transactions/${payment.id}` })).toBeVisible()
  })

  it('cancels a payment still open first: failed, P0030', async () => {
    const payment = await makePayment()
    await beginCardEntry(payment.id)
    bindPayment(payment.id)
    renderHosted(`/return/${payment.id}`)
    expect(await screen.findByText('failed (P0030: Payment was cancelled by the user)')).toBeVisible()
    expect(await apiState(payment.id)).toEqual({ status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' })
  })

  it('follows a return URL on the playground’s own origin', async () => {
    const here = new URL(window.location.href)
    const returnUrl = `${here.origin}${here.pathname}#/admin/transactions`
    const payment = await makePayment({ returnUrl })
    await pay(payment.id)
    bindPayment(payment.id)
    renderHosted(`/return/${payment.id}`)
    await waitFor(() => expect(window.location.href).toBe(returnUrl))
    expect(screen.queryByRole('heading', { name: 'Return to your service' })).toBeNull()
  })

  it('refuses a browser that did not open the payment, leaving the payment alone', async () => {
    const payment = await makePayment()
    renderHosted(`/return/${payment.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
    expect(await apiState(payment.id)).toEqual({ status: 'created', finished: false })
  })
})
