// `#/secure/:token`: the one-time link. The first visit ties the payment to this browser and goes
// on to the card details page; later visits show the payment's page; other browsers are refused.
import { configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/app/app.tsx'
import { bindPayment, isBound } from '../../../../src/features/hosted-pages/browser-binding.ts'
import { visitSecureLinkOnce } from '../../../../src/features/hosted-pages/secure-visit.ts'
import { exchangeToken } from '../../../../src/simulator/services/hosted-session.ts'
import { createPayment } from '../../../../src/simulator/services/payment-creation.ts'
import { cancelPayment } from '../../../../src/simulator/services/payments.ts'
import { ensureCurrentService } from '../../../../src/simulator/services/service-accounts.ts'
import { authorise } from '../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'
import { storedStatuses } from '../../../support/stored-history.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function newPayment() {
  const service = await ensureCurrentService()
  return createPayment(service.id, {
    amount: 2500,
    reference: 'SECURE-1',
    description: 'A licence fee',
    returnUrl: 'https://your.service.gov.uk/done',
  })
}

async function apiState(paymentId: string) {
  return (await api('GET', `/v1/payments/${paymentId}`, { key: await newKey() })).json.state
}

describe('the one-time payment link', () => {
  it('goes on to the card details page on the first visit, starting the payment and binding this browser', async () => {
    const { payment, token } = await newPayment()
    const { router } = renderHosted(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible()
    expect(router.state.location.pathname).toBe(`/card_details/${payment.id}`)
    expect(router.state.historyAction).toBe('REPLACE')
    expect(isBound(payment.id)).toBe(true)
    expect(await apiState(payment.id)).toEqual({ status: 'started', finished: false })
    expect((await sim.db().tokens.get(token))?.used).toBe(true)
  })

  it('leaves focus alone on the redirect to the card details page, and shows in progress when the link is opened again', async () => {
    const { payment, token } = await newPayment()
    const { router } = renderHosted(`/secure/${token}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    expect(document.activeElement).toBe(document.body)
    await router.navigate('/somewhere-else')
    await router.navigate(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible()
    expect(router.state.location.pathname).toBe(`/secure/${token}`)
    expect(await apiState(payment.id)).toEqual({ status: 'started', finished: false })
  })

  it('shows "Your payment is in progress" on a second visit from this browser, at the link’s address', async () => {
    const { payment, token } = await newPayment()
    await exchangeToken(token)
    bindPayment(payment.id)
    const { router, user } = renderHosted(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible()
    expect(document.title).toBe('Your payment is in progress – GOV.UK Pay Playground')
    expect(router.state.location.pathname).toBe(`/secure/${token}`)
    expect(screen.getByText('You can either:')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Cancel and go back to try the payment again' }).getAttribute('href')).toBe(`/return/${payment.id}`)
    expect(await screen.findByText('My test service')).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'Continue with your payment' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible()
  })

  it('continues to the confirm page from a second visit once the card is authorised', async () => {
    const { payment, token } = await newPayment()
    await exchangeToken(token)
    bindPayment(payment.id)
    await authorise(payment.id)
    renderHosted(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Continue with your payment' }).getAttribute('href')).toBe(`/card_details/${payment.id}/confirm`)
  })

  it('shows a finished payment’s page on a second visit', async () => {
    const { payment, token } = await newPayment()
    await exchangeToken(token)
    bindPayment(payment.id)
    await cancelPayment(payment.serviceId, payment.id)
    renderHosted(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
  })

  it('refuses a used link in a browser that did not open it, with no way back', async () => {
    const { payment, token } = await newPayment()
    await exchangeToken(token)
    renderHosted(`/secure/${token}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
    expect(document.title).toBe('Your payment expired – GOV.UK Pay Playground')
    expect(screen.queryByRole('link', { name: 'Cancel and go back to try the payment again' })).toBeNull()
    expect(isBound(payment.id)).toBe(false)
    expect(await apiState(payment.id)).toEqual({ status: 'created', finished: false })
  })

  it('refuses a link it never issued', async () => {
    renderHosted('/secure/5e9f3c0a-1b2c-4d5e-8f90-123456789abc')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Cancel and go back to try the payment again' })).toBeNull()
  })

  it('uses the link only once even when the page renders twice (React’s strict mode)', async () => {
    const { payment, token } = await newPayment()
    renderHosted(`/secure/${token}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    await waitFor(async () => {
      expect(await storedStatuses(payment.id)).toEqual(['CREATED', 'ENTERING CARD DETAILS'])
    })
  })
})

describe('one visit of the link', () => {
  it('is one visit however many times its effect runs: a remount of the page for the same arrival goes on to the card page', async () => {
    const { payment, token } = await newPayment()
    const view = renderHosted(`/secure/${token}`)
    // Remounted at once, while the first mount's visit is still under way: the same arrival.
    view.rerender(<App key="remounted" router={view.router} queryClient={view.queryClient} status={{ persistent: true, serviceWorker: true }} />)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    expect(view.router.state.location.pathname).toBe(`/card_details/${payment.id}`)
    expect(screen.queryByRole('heading', { name: 'Your payment is in progress' })).not.toBeInTheDocument()
    expect(await apiState(payment.id)).toEqual({ status: 'started', finished: false })
  })

  it('answers two requests of the same visit with the first one’s outcome, using the link once', async () => {
    const { payment, token } = await newPayment()
    const arrival = {}
    const [one, two] = await Promise.all([visitSecureLinkOnce(token, arrival), visitSecureLinkOnce(token, arrival)])
    expect(one).toEqual({ kind: 'first', paymentId: payment.id })
    expect(two).toBe(one)
    // A genuine second arrival at the used link is a second visit.
    expect(await visitSecureLinkOnce(token, {})).toEqual({ kind: 'again', paymentId: payment.id })
  })
})
