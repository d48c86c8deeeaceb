// "Return to your service" links to the learner's natural next step: getting the payment with the
// API, in the explorer, with the payment's id already filled in.
import { configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../../src/app/app.tsx'
import { createQueryClient } from '../../../../../src/app/providers/query-client.ts'
import { routes } from '../../../../../src/app/routes.tsx'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import { makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
configure({ asyncUtilTimeout: 5_000 })

describe('the “Return to your service” page', { timeout: 60_000 }, () => {
  it('links to “Get a payment” in the explorer, filled in with this payment’s id', async () => {
    const payment = await makePayment({ returnUrl: 'https://your.service.gov.uk/completed' })
    await pay(payment.id)
    bindPayment(payment.id)
    const user = userEvent.setup()
    const router = createMemoryRouter(routes, { initialEntries: [`/return/${payment.id}`] })
    render(<App router={router} queryClient={createQueryClient()} status={{ persistent: true, serviceWorker: true }} />)
    await screen.findByRole('heading', { level: 1, name: 'Return to your service' }, { timeout: 10_000 })

    const link = screen.getByRole('link', { name: 'Get this payment with the API, in the explorer' })
    expect(link.getAttribute('href')).toBe(`/explorer/get-payment?path.paymentId=${payment.id}`)
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: 'Get a payment' }, { timeout: 10_000 })).toBeTruthy()
    expect((screen.getByLabelText(/^paymentId/) as HTMLInputElement).value).toBe(payment.id)
  })
})
