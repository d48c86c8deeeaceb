// The card details page of a MOTO payment (`moto: true`), as a call-centre agent uses it: no billing
// address, and with the service's masking settings the card number and security code hidden as they
// are typed (password inputs the browser does not fill), still labelled and checked as usual.
import { configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ServiceSettings } from '../../../../../src/simulator/model/types.ts'
import { withSettings } from '../../../../support/agreement-scenarios.ts'
import { fillCardPage } from '../../../../support/card-form-filling.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { openHostedPage } from '../../../../support/render-hosted.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function openCardPage(moto: boolean, settings: Partial<ServiceSettings> = {}) {
  await withSettings({ moto: true, ...settings })
  const payment = await makePayment({ description: 'Telephone payment', amount: 2000, moto })
  const view = await openHostedPage(payment.id, `/card_details/${payment.id}`, 'Enter card details')
  return { ...view, payment }
}

const NO_ADDRESS = { 'Address line 1': undefined, 'Town or city': undefined, Postcode: undefined }

describe('the card details page of a MOTO payment', () => {
  it('asks for no billing address, and the payment keeps none', async () => {
    const { user, payment } = await openCardPage(true)
    expect(screen.queryByRole('group', { name: 'Billing address' })).toBeNull()
    expect(screen.queryByLabelText('Address line 1')).toBeNull()
    expect(screen.getByLabelText('Card number')).toHaveAttribute('type', 'text')
    expect(screen.getByLabelText('Card number')).toHaveAttribute('autocomplete', 'cc-number')
    expect(screen.getByLabelText('Card security code')).toHaveAttribute('autocomplete', 'cc-csc')
    await fillCardPage(user, NO_ADDRESS)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(within(screen.getByRole('table')).queryByText('Billing address')).toBeNull()
    expect((await sim.db().payments.get(payment.id))?.cardDetails?.billingAddress).toBeNull()
  })

  it('hides the card number and security code as they are typed when the service masks them, still labelled and checked', async () => {
    const { user } = await openCardPage(true, { motoMaskCardNumber: true, motoMaskSecurityCode: true })
    const cardNumber = screen.getByLabelText('Card number')
    const securityCode = screen.getByLabelText('Card security code')
    expect(cardNumber).toHaveAttribute('type', 'password')
    expect(cardNumber).toHaveAttribute('autocomplete', 'off')
    expect(cardNumber).toHaveAttribute('inputmode', 'numeric')
    expect(securityCode).toHaveAttribute('type', 'password')
    expect(securityCode).toHaveAttribute('autocomplete', 'off')

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = within(screen.getByRole('alert'))
    expect(summary.getByRole('link', { name: 'Enter a valid card number' })).toHaveAttribute('href', '#card-no')
    expect(summary.getByRole('link', { name: 'Enter a valid card security code' })).toHaveAttribute('href', '#cvc')
    expect(cardNumber).toHaveAccessibleDescription(expect.stringContaining('Enter a valid card number'))

    // What is typed still picks the brand: an American Express card asks for 4 digits.
    await user.type(cardNumber, '371449635398431')
    expect(securityCode).toHaveAccessibleDescription(expect.stringContaining('The last 4 digits after the card number on the front'))
    await fillCardPage(user, { 'Card number': undefined, 'Card security code': '1234', ...NO_ADDRESS })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(document.getElementById('card-number')).toHaveTextContent('●●●●●●●●●●●●8431')
  })

  it('masks only what the service chose to mask', async () => {
    await openCardPage(true, { motoMaskSecurityCode: true })
    expect(screen.getByLabelText('Card number')).toHaveAttribute('type', 'text')
    expect(screen.getByLabelText('Card security code')).toHaveAttribute('type', 'password')
  })

  it('masks nothing, and asks for the billing address, on a payment that is not MOTO', async () => {
    await openCardPage(false, { motoMaskCardNumber: true, motoMaskSecurityCode: true })
    expect(screen.getByLabelText('Card number')).toHaveAttribute('type', 'text')
    expect(screen.getByLabelText('Card security code')).toHaveAttribute('type', 'text')
    expect(screen.getByRole('group', { name: 'Billing address' })).toBeVisible()
  })
})
