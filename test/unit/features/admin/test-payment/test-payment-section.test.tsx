import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

const simulator = useSimulator()
configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  sessionStorage.clear()
})

const summaryValue = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent

describe('make a test payment', () => {
  it('starts with the real defaults and the mock card number, then opens the hosted pages for a new payment', async () => {
    const { user, router } = renderApp('/admin/test-payment')
    expect(await screen.findByRole('heading', { level: 1, name: 'Make a test payment' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Test payment details' })).toBeVisible()
    expect(summaryValue('Payment description')).toBe('An example payment description')
    expect(summaryValue('Payment amount')).toBe('£20.00')

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Mock card number' })).toBeVisible()
    expect(screen.getByText('4000 0566 5566 5556')).toBeVisible()
    expect(screen.getByText('Use this card number to test a successful payment. Don’t use real card numbers.')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Make a test payment' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/secure\/[0-9a-f-]{36}$/))
    const [payment] = await simulator.db().payments.toArray()
    expect(payment).toMatchObject({ amount: 2000, description: 'An example payment description', state: 'created' })
    expect(payment?.reference).toMatch(/^[0-9A-V]{10}$/)
    expect(payment?.returnUrl).toBe(`http://localhost:3000/#/admin/transactions?reference=${payment?.reference}`)
    const token = decodeURIComponent(router.state.location.pathname.split('/')[2] ?? '')
    expect((await simulator.db().tokens.get(token))?.paymentId).toBe(payment?.id)
  })

  it('changes the description and amount, keeping them for the payment', async () => {
    const { user, router } = renderApp('/admin/test-payment')
    const card = (await screen.findByRole('heading', { name: 'Test payment details' })).closest('.govuk-summary-card') as HTMLElement
    await user.click(within(card).getByRole('link', { name: 'Change payment details' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Update details for test payment' })).toBeVisible()
    const description = screen.getByLabelText('Payment description')
    const amount = screen.getByLabelText('Payment amount')
    expect((amount as HTMLInputElement).value).toBe('20.00')
    await user.clear(description)
    await user.type(description, 'Pay for a parking permit')
    await user.clear(amount)
    await user.type(amount, '12.50')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/test-payment'))
    expect(summaryValue('Payment description')).toBe('Pay for a parking permit')
    expect(summaryValue('Payment amount')).toBe('£12.50')

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Make a test payment' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/secure\//))
    expect(await simulator.db().payments.toArray()).toMatchObject([{ amount: 1250, description: 'Pay for a parking permit' }])
  })

  it('shows the real error messages, in a summary linked to the fields', async () => {
    const { user } = renderApp('/admin/test-payment/edit')
    const description = await screen.findByLabelText('Payment description')
    const amount = screen.getByLabelText('Payment amount')
    await user.clear(description)
    await user.clear(amount)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter a payment description' }).getAttribute('href')).toBe('#payment-description')
    expect(within(summary).getByRole('link', { name: 'Enter a payment amount' }).getAttribute('href')).toBe('#payment-amount')
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement))
    expect(amount.getAttribute('aria-describedby')).toContain('payment-amount-error')

    for (const [typed, message] of [
      ['twenty', 'Enter a valid payment amount'],
      ['0.29', 'Enter a valid payment amount between £0.30 and £100000'],
      ['100000.01', 'Enter a valid payment amount between £0.30 and £100000'],
      ['5.5', 'Enter a valid payment amount between £0.30 and £100000'],
    ]) {
      await user.clear(amount)
      await user.type(amount, typed!)
      await user.click(screen.getByRole('button', { name: 'Save changes' }))
      expect(await within(screen.getByRole('alert')).findByRole('link', { name: message })).toHaveAttribute('href', '#payment-amount')
    }
  })
})
