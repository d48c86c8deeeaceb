// A prepaid card on the card details page of a service that blocks them: refused as the real pages
// refuse it ("Prepaid cards are not accepted" on the card number and in the error summary), with
// nothing authorised or charged; another card then goes through. A service that takes them does.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { withSettings } from '../../../../support/agreement-scenarios.ts'
import { fillCardPage } from '../../../../support/card-form-filling.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { openHostedPage } from '../../../../support/render-hosted.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

const PREPAID_DEBIT = '4000160000000004'
const CORPORATE_PREPAID_DEBIT = '4131840000000003'

async function openCardPage(language: 'en' | 'cy' = 'en') {
  const payment = await makePayment({ description: 'Pay your council tax', amount: 14500, language })
  const view = await openHostedPage(payment.id, `/card_details/${payment.id}`, language === 'en' ? 'Enter card details' : 'Rhowch fanylion y cerdyn')
  return { ...view, payment }
}

const summaryItems = () =>
  within(screen.getByRole('alert')).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])

describe('a prepaid card on the card details page', () => {
  it('is refused on the card number when the service blocks prepaid cards, and nothing is charged', async () => {
    await withSettings({ blockPrepaidCards: true })
    const { user, payment } = await openCardPage()
    await fillCardPage(user, { 'Card number': PREPAID_DEBIT })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('link', { name: 'Prepaid cards are not accepted' })).toBeVisible()
    expect(summaryItems()).toEqual([['Prepaid cards are not accepted', '#card-no']])
    expect(document.getElementById('error-card-no')?.textContent).toBe('Error: Prepaid cards are not accepted')
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription(expect.stringContaining('Prepaid cards are not accepted'))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert').parentElement))
    const read = await api('GET', `/v1/payments/${payment.id}`, { key: await newKey() })
    expect(read.json.state).toEqual({ status: 'started', finished: false })
    expect(read.json).not.toHaveProperty('card_details')
    expect(read.json).not.toHaveProperty('total_amount')

    // The card number and security code are asked for again; another card goes through.
    await fillCardPage(user, { 'Card number': '4444333322221111', Month: undefined, Year: undefined, 'Name on card': undefined, 'Address line 1': undefined, 'Town or city': undefined, Postcode: undefined, Email: undefined })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  })

  it('refuses a corporate prepaid card too, before any fee', async () => {
    await withSettings({ blockPrepaidCards: true, corporatePrepaidDebitCardSurcharge: 75 })
    const { user, payment } = await openCardPage()
    await fillCardPage(user, { 'Card number': CORPORATE_PREPAID_DEBIT })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('link', { name: 'Prepaid cards are not accepted' })).toBeVisible()
    const stored = await sim.db().payments.get(payment.id)
    expect(stored?.status).toBe('ENTERING CARD DETAILS')
    expect(stored?.corporateSurcharge).toBeUndefined()
    expect(stored?.cardDetails).toBeUndefined()
  })

  it('words the refusal in Welsh on a Welsh payment’s page', async () => {
    await withSettings({ blockPrepaidCards: true })
    const { user } = await openCardPage('cy')
    await fillCardPage(user, { 'Card number': PREPAID_DEBIT }, 'cy')
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    expect(await screen.findByRole('link', { name: 'Ni dderbynnir cardiau rhagdaledig' })).toBeVisible()
    expect(document.getElementById('error-card-no')?.textContent).toBe('Gwall: Ni dderbynnir cardiau rhagdaledig')
  })

  it('is taken when the service does not block prepaid cards', async () => {
    const { user } = await openCardPage()
    await fillCardPage(user, { 'Card number': PREPAID_DEBIT })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  })
})
