// The card details page of a payment that sets up an agreement (`set_up_agreement`): "Your payment
// details will be saved for:" and the agreement's description, before "Continue" — in English on a
// Welsh page too, as on the real pages, marked as English.
import { configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AGREEMENT_BODY, newAgreement, recurringOn } from '../../../../support/agreement-scenarios.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { openHostedPage } from '../../../../support/render-hosted.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function openSetUpPage(language: 'en' | 'cy') {
  await recurringOn()
  const agreementId = await newAgreement(await newKey())
  const payment = await makePayment({ setUpAgreement: agreementId, language })
  await openHostedPage(payment.id, `/card_details/${payment.id}`, language === 'en' ? 'Enter card details' : 'Rhowch fanylion y cerdyn')
}

const disclaimer = () => document.getElementById('agreement-setup-disclaimer')

describe('the card details page of a payment that sets up an agreement', () => {
  it('says the card will be saved for the agreement, in the form before "Continue"', async () => {
    await openSetUpPage('en')
    const shown = disclaimer()!
    expect(within(shown).getByText('Your payment details will be saved for:')).toBeVisible()
    expect(within(shown).getByText(AGREEMENT_BODY.description)).toBeVisible()
    const form = document.getElementById('card-details')!
    expect(form).toContainElement(shown)
    const continueButton = within(form).getByRole('button', { name: 'Continue' })
    expect(shown.compareDocumentPosition(continueButton) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('keeps the sentence in English on a Welsh page, marked as English', async () => {
    await openSetUpPage('cy')
    const sentence = within(disclaimer()!).getByText('Your payment details will be saved for:')
    expect(sentence).toHaveAttribute('lang', 'en')
    expect(within(disclaimer()!).getByText(AGREEMENT_BODY.description)).toBeVisible()
  })

  it('is not on the page of an ordinary payment', async () => {
    const payment = await makePayment()
    await openHostedPage(payment.id, `/card_details/${payment.id}`, 'Enter card details')
    expect(screen.getByLabelText('Card number')).toBeVisible()
    expect(disclaimer()).toBeNull()
    expect(screen.queryByText('Your payment details will be saved for:')).toBeNull()
  })
})
