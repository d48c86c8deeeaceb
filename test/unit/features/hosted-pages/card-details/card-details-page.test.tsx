// The "Enter card details" page (`#/card_details/:paymentId`): what it shows for a service's
// settings, the validation a user sees, and where each sandbox card takes the payment.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import type { ServiceSettings } from '../../../../../src/simulator/model/types.ts'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { cancelPayment } from '../../../../../src/simulator/services/payments.ts'
import { ensureCurrentService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { fillCardPage } from '../../../../support/card-form-filling.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
// Whole pages filled in through user events take a while on a busy machine.
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function openCardPage(overrides: Parameters<typeof makePayment>[0] = {}) {
  const payment = await makePayment({ description: 'Pay your council tax', amount: 14500, ...overrides })
  bindPayment(payment.id)
  const view = renderHosted(`/card_details/${payment.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
  return { ...view, payment }
}

async function settings(change: Partial<ServiceSettings>) {
  await updateService((await ensureCurrentService()).id, { settings: change })
}

async function apiState(paymentId: string) {
  return (await api('GET', `/v1/payments/${paymentId}`, { key: await newKey() })).json.state
}

const summaryItems = () =>
  within(screen.getByRole('alert')).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])

describe('the card details page', () => {
  it('shows the test banners, the service, the payment summary and every field, and starts the payment', async () => {
    const { payment } = await openCardPage()
    expect(document.title).toBe('Enter card details – GOV.UK Pay Playground')
    expect(screen.getByText('Test service')).toBeVisible()
    expect(screen.getByText('This is a test payment service.')).toBeVisible()
    expect(screen.getByText('This is a test page. No money will be taken.')).toBeVisible()
    expect(screen.getByText('Contact the service you’re trying to pay for if you are trying to make a payment.')).toBeVisible()
    expect(await screen.findByText('My test service')).toBeVisible()
    expect(screen.getByText('Simulation')).toBeVisible()
    const summary = screen.getByRole('region', { name: 'Payment summary' })
    expect(within(summary).getByText('Pay your council tax')).toBeVisible()
    expect(summary.textContent).toContain('Total amount: £145.00')
    expect(document.getElementById('amount')).toHaveAttribute('data-amount', '145.00')
    for (const label of ['Card number', 'Month', 'Year', 'Name on card', 'Card security code', 'Address line 1', 'Address line 2 (optional)', 'Town or city', 'Postcode', 'Email']) {
      expect(screen.getByLabelText(label)).toBeVisible()
    }
    expect(screen.getByRole('group', { name: 'Expiry date' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Expiry date' })).toHaveAccessibleDescription(
      'For example, 10/' + String((new Date().getFullYear() + 2) % 100).padStart(2, '0'),
    )
    expect((screen.getByLabelText('Country or territory') as HTMLSelectElement).value).toBe('GB')
    expect(screen.getByRole('group', { name: 'Billing address' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Contact details' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Cancel payment' })).toBeEnabled()
    await waitFor(async () => expect(await apiState(payment.id)).toEqual({ status: 'started', finished: false }))
  })

  it('shows the logos of the accepted brands and highlights the brand being typed', async () => {
    const { user } = await openCardPage()
    expect(screen.getByText('Accepted credit and debit card types')).toBeVisible()
    const logos = () => [...document.querySelectorAll<HTMLElement>('.app-accepted-cards li')]
    expect(logos().map((logo) => logo.textContent)).toEqual([
      'VISAVisa',
      'mastercardMaster Card',
      'AMEXAmerican Express',
      'Diners ClubDiners Club',
      'DISCOVERDiscover',
      'JCBJcb',
      'UnionPayUnionpay',
    ])
    expect(logos().some((logo) => logo.className.includes('dimmed'))).toBe(false)
    await user.type(screen.getByLabelText('Card number'), '37')
    const selected = logos().filter((logo) => logo.dataset.selected === 'true')
    expect(selected.map((logo) => logo.dataset.brand)).toEqual(['american-express'])
    expect(logos().filter((logo) => logo.className.includes('dimmed'))).toHaveLength(6)
    expect(screen.getByLabelText('Card security code')).toHaveAccessibleDescription('The last 4 digits after the card number on the front')
    expect(screen.getByLabelText('Card security code').getAttribute('maxlength')).toBe('4')
    await user.clear(screen.getByLabelText('Card number'))
    await user.type(screen.getByLabelText('Card number'), '4')
    expect(logos().find((logo) => logo.dataset.selected === 'true')?.dataset.brand).toBe('visa')
    expect(screen.getByLabelText('Card security code')).toHaveAccessibleDescription('The last 3 digits on the back of the card')
    expect(screen.getByLabelText('Card security code').getAttribute('maxlength')).toBe('3')
  })

  it('lists every missing field in the error summary, linked to its field, with the message beside it', async () => {
    const { user } = await openCardPage()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'The following fields are missing or contain errors' })).toBeVisible()
    expect(summaryItems()).toEqual([
      ['Enter a valid card number', '#card-no'],
      ['Enter a valid expiry date', '#expiry-month'],
      ['Enter a valid name', '#cardholder-name'],
      ['Enter a valid card security code', '#cvc'],
      ['Enter a valid address line 1', '#address-line-1'],
      ['Enter a valid town/city', '#address-city'],
      ['Enter a valid postcode', '#address-postcode'],
      ['Enter a valid email', '#email'],
    ])
    expect(document.activeElement).toBe(summary.parentElement)
    expect(document.getElementById('error-card-no')?.textContent).toBe('Error: Enter a valid card number')
    expect(document.getElementById('error-expiry-date')?.textContent).toBe('Error: Enter a valid expiry date')
    expect(document.getElementById('card-no-error')).toHaveTextContent('Enter a valid card number')
    expect(document.getElementById('expiry-month-error')).toHaveTextContent('Enter a valid expiry date')
    expect(screen.getByLabelText('Month').className).toContain('govuk-input--error')
    expect(screen.getByLabelText('Year').className).toContain('govuk-input--error')
    expect(screen.getByLabelText('Card number').getAttribute('aria-describedby')).toContain('error-card-no')
    await user.click(within(summary).getByRole('link', { name: 'Enter a valid name' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Name on card'))
  })

  it('checks a field in error again when it loses focus, and drops it from the summary once it is right', async () => {
    const { user } = await openCardPage()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(screen.getByLabelText('Card number'), '4242')
    await user.tab()
    // The check waits a moment after the field loses focus, as on the real pages.
    await waitFor(() => expect(document.getElementById('error-card-no')?.textContent).toBe('Error: Card number is not the correct length'))
    expect(summaryItems()[0]).toEqual(['Card number is not the correct length', '#card-no'])
    await user.type(screen.getByLabelText('Card number'), '424242424242')
    await user.tab()
    await waitFor(() => expect(document.getElementById('error-card-no')).toBeNull())
    expect(summaryItems().map(([text]) => text)).not.toContain('Card number is not the correct length')
    // Leaving a field that was never in error shows nothing new.
    await user.type(screen.getByLabelText('Address line 2 (optional)'), '4242 4242 4242 4242')
    await user.tab()
    expect(document.getElementById('error-address-line-2')).toBeNull()
  })

  it.each([
    ['01', '20', 'Enter an expiry date in the future'],
    ['13', '30', 'Enter a valid expiry date'],
    ['10', '3', 'Enter a valid expiry date'],
  ])('refuses the expiry date %s/%s: %s', async (month, year, message) => {
    const { user, payment } = await openCardPage()
    await fillCardPage(user, { Month: month, Year: year })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryItems()).toEqual([[message, '#expiry-month']])
    expect(document.getElementById('error-expiry-date')?.textContent).toBe(`Error: ${message}`)
    expect((await sim.db().payments.get(payment.id))?.status).toBe('ENTERING CARD DETAILS')
  })

  it('gives each rule’s own message for filled-in fields that are wrong', async () => {
    const { user } = await openCardPage()
    await fillCardPage(user, {
      'Card number': '4242424242424241',
      'Name on card': '123',
      'Card security code': '12',
      'Address line 1': '4242424242424242',
      Postcode: 'NOT A CODE',
      Email: 'payer@example',
    })
    await user.type(screen.getByLabelText('Address line 2 (optional)'), '4242424242424242')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryItems().map(([text]) => text)).toEqual([
      'Enter a valid card number',
      'Enter the name as it appears on the card',
      'Enter a valid card security code',
      'Enter address line 1, typically the building and street',
      'Enter address line 2',
      'Enter a valid postcode',
      'Enter a valid email',
    ])
  })

  it('refuses a Maestro card, which the service does not accept, and the payment stays started', async () => {
    const { user, payment } = await openCardPage()
    await fillCardPage(user, { 'Card number': '6759649826438453' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryItems()).toEqual([['This card type is not accepted', '#card-no']])
    expect(await apiState(payment.id)).toEqual({ status: 'started', finished: false })
  })

  it('goes to the confirm page with a good card; the payment is submitted and the number is nowhere', async () => {
    const { user, payment, router } = await openCardPage()
    await fillCardPage(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(router.state.location.pathname).toBe(`/card_details/${payment.id}/confirm`)
    expect(await apiState(payment.id)).toEqual({ status: 'submitted', finished: false })
    for (const table of sim.db().tables) {
      expect(JSON.stringify(await table.toArray()), table.name).not.toContain('4444333322221111')
    }
    expect(JSON.stringify({ ...localStorage })).not.toContain('4444333322221111')
    expect(document.body.innerHTML).not.toContain('4444333322221111')
  })

  it.each([
    ['4000000000000002', 'Your payment has been declined', { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }],
    ['4000000000000069', 'Your payment has been declined', { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }],
    ['4000000000000127', 'Your payment has been declined', { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }],
    ['4000000000000119', 'We’re experiencing technical problems', { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' }],
  ])('shows %s’s outcome in place of the form: %s', async (cardNumber, heading, state) => {
    const { user, payment, router } = await openCardPage()
    await fillCardPage(user, { 'Card number': cardNumber })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(router.state.location.pathname).toBe(`/card_details/${payment.id}`)
    expect(await apiState(payment.id)).toEqual(state)
    expect(screen.queryByLabelText('Card number')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
  })

  it('cancels the payment with "Cancel payment"', async () => {
    const { user, payment } = await openCardPage()
    await user.click(screen.getByRole('button', { name: 'Cancel payment' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
    expect(screen.getByText('No money has been taken from your account.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe(`/return/${payment.id}`)
    expect(await apiState(payment.id)).toEqual({ status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' })
  })

  it('follows a cancel through the API while the user is on the page', async () => {
    const { payment } = await openCardPage()
    await cancelPayment(payment.serviceId, payment.id)
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
    expect(screen.getByText('The service you’re trying to pay has cancelled your payment. No money has been taken from your account.')).toBeVisible()
  })

  it('shows the session as expired once the simulator clock passes 90 minutes', async () => {
    const { payment } = await openCardPage()
    await advanceClock({ minutes: 91 })
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Cancel and go back to try the payment again' }).getAttribute('href')).toBe(`/return/${payment.id}`)
    expect(await apiState(payment.id)).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
  })

  it('refuses a browser that did not open the payment’s link, with no way back and without starting it', async () => {
    const payment = await makePayment()
    renderHosted(`/card_details/${payment.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Cancel and go back to try the payment again' })).toBeNull()
    expect(screen.queryByText('My test service')).toBeNull()
    expect(await apiState(payment.id)).toEqual({ status: 'created', finished: false })
  })

  it('fills in the name, address and email the payment was created with', async () => {
    await openCardPage({
      email: 'created@example.org',
      cardholderName: 'Prefilled Name',
      billingAddress: { line1: '10 Downing Street', city: 'London', postcode: 'SW1A 2AA', country: 'FR' },
    })
    expect((screen.getByLabelText('Name on card') as HTMLInputElement).value).toBe('Prefilled Name')
    expect((screen.getByLabelText('Address line 1') as HTMLInputElement).value).toBe('10 Downing Street')
    expect((screen.getByLabelText('Country or territory') as HTMLSelectElement).value).toBe('FR')
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('created@example.org')
  })
})

describe('the card details page for other service settings', () => {
  it('leaves out the billing address and the email when the service collects neither', async () => {
    await settings({ collectBillingAddress: false, emailCollectionMode: 'OFF' })
    const { user, payment } = await openCardPage()
    expect(screen.queryByRole('group', { name: 'Billing address' })).toBeNull()
    expect(screen.queryByLabelText('Postcode')).toBeNull()
    expect(screen.queryByRole('group', { name: 'Contact details' })).toBeNull()
    await fillCardPage(user, { 'Address line 1': undefined, 'Town or city': undefined, Postcode: undefined, Email: undefined })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect((await sim.db().payments.get(payment.id))?.cardDetails?.billingAddress).toBeNull()
  })

  it('marks the email optional and lets it be left empty', async () => {
    await settings({ emailCollectionMode: 'OPTIONAL' })
    const { user } = await openCardPage()
    expect(screen.getByLabelText('Email (optional)')).toBeEnabled()
    await fillCardPage(user, { Email: undefined })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  })

  it('says which kind of card to use when only debit cards are accepted, and names a refused credit card', async () => {
    await settings({ acceptedCardTypes: [{ brand: 'visa', type: 'DEBIT' }, { brand: 'master-card', type: 'DEBIT' }] })
    const { user } = await openCardPage()
    expect(screen.getByText('Credit card payments are not accepted. Please use a debit card.')).toBeVisible()
    expect([...document.querySelectorAll<HTMLElement>('.app-accepted-cards li')].map((li) => li.dataset.brand)).toEqual(['visa', 'master-card'])
    await fillCardPage(user, { 'Card number': '4242424242424242' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryItems()).toEqual([['Visa credit cards are not supported', '#card-no']])
  })

  it('starts with no country chosen when the service has no default', async () => {
    await settings({ defaultBillingAddressCountry: '' })
    await openCardPage()
    const country = screen.getByLabelText('Country or territory') as HTMLSelectElement
    expect(country.value).toBe('')
    expect(country.selectedOptions[0]?.textContent).toBe('Pick a country or territory')
  })
})
