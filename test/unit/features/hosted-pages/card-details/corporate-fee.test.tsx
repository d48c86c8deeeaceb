// A corporate card's fee on the card details page: the message under the card number as a corporate
// card is typed (credit or debit, in English and Welsh, with the real pages' words) and the payment
// summary's breakdown with the new total; nothing for a card without a fee or a service without fees.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { corporateFeeMessage, corporateFeeOf } from '../../../../../src/features/hosted-pages/card-details/corporate-fee.ts'
import { cy } from '../../../../../src/features/hosted-pages/i18n/messages-cy.ts'
import { en } from '../../../../../src/features/hosted-pages/i18n/messages-en.ts'
import type { ServiceSettings } from '../../../../../src/simulator/model/types.ts'
import { checkCard } from '../../../../../src/simulator/services/card-checks.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'
import { withSettings } from '../../../../support/agreement-scenarios.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { openHostedPage } from '../../../../support/render-hosted.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

const FEES: Partial<ServiceSettings> = { corporateCreditCardSurcharge: 250, corporateDebitCardSurcharge: 150, corporatePrepaidDebitCardSurcharge: 75 }
const CORPORATE_CREDIT = '4111111111111111'
const CORPORATE_DEBIT = '4988080000000000'
const CORPORATE_PREPAID_DEBIT = '4131840000000003'
const ORDINARY = '4444333322221111'

describe('the corporate card fee’s message', () => {
  const settings = { ...defaultSettings(), ...FEES }
  const fee = (card: string) => corporateFeeOf(checkCard(card, settings))

  it('words the fee of each kind of corporate card as the real pages do, in English and Welsh', () => {
    expect(corporateFeeMessage(en, fee(CORPORATE_CREDIT)!)).toBe('There is a fee of £2.50 for using a corporate credit card')
    expect(corporateFeeMessage(en, fee(CORPORATE_DEBIT)!)).toBe('There is a fee of £1.50 for using a corporate debit card')
    expect(corporateFeeMessage(en, fee(CORPORATE_PREPAID_DEBIT)!)).toBe('There is a fee of £0.75 for using a corporate debit card')
    expect(corporateFeeMessage(cy, fee(CORPORATE_CREDIT)!)).toBe('Mae ffi o £2.50 am ddefnyddio cerdyn credyd corfforaethol')
    expect(corporateFeeMessage(cy, fee(CORPORATE_DEBIT)!)).toBe('Mae ffi o £1.50 am ddefnyddio cerdyn ddebyd corfforaethol')
  })

  it('has no fee for an ordinary card, a card the service refuses, or a service that charges none', () => {
    expect(fee(ORDINARY)).toBeUndefined()
    expect(corporateFeeOf(checkCard(CORPORATE_PREPAID_DEBIT, { ...settings, blockPrepaidCards: true }))).toBeUndefined()
    expect(corporateFeeOf(checkCard(CORPORATE_CREDIT, defaultSettings()))).toBeUndefined()
  })
})

async function openCardPage(language: 'en' | 'cy' = 'en') {
  const payment = await makePayment({ description: 'Pay your council tax', amount: 14500, language })
  return openHostedPage(payment.id, `/card_details/${payment.id}`, language === 'en' ? 'Enter card details' : 'Rhowch fanylion y cerdyn')
}

const feeMessage = () => document.getElementById('corporate-card-surcharge-message')
const summaryText = () => screen.getByRole('region', { name: /Payment summary|Crynodeb y taliad/ }).textContent

describe('the card details page of a service with corporate card fees', () => {
  it('shows the fee once a corporate card number is typed and the field left, with the summary’s breakdown and total', async () => {
    await withSettings(FEES)
    const { user } = await openCardPage()
    const cardNumber = screen.getByLabelText('Card number')
    await user.type(cardNumber, '4111 1111 1111 1111')
    // As on the real page, the card is checked when the field is left, not while it is typed.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(feeMessage()).toBeNull()
    await user.tab()
    await waitFor(() => expect(feeMessage()).toHaveTextContent('There is a fee of £2.50 for using a corporate credit card'))
    expect(cardNumber).toHaveAccessibleDescription(expect.stringContaining('There is a fee of £2.50 for using a corporate credit card'))
    // Two lines: "Amount £145.00", then "Corporate card fee: £2.50".
    expect(document.getElementById('payment-summary-breakdown')).toHaveTextContent(/^Amount £145\.00\s*Corporate card fee: £2\.50$/)
    expect(document.getElementById('amount')).toHaveTextContent('£147.50')

    await user.clear(cardNumber)
    await user.type(cardNumber, CORPORATE_DEBIT)
    await user.tab()
    await waitFor(() => expect(feeMessage()).toHaveTextContent('There is a fee of £1.50 for using a corporate debit card'))
    expect(document.getElementById('amount')).toHaveTextContent('£146.50')

    await user.clear(cardNumber)
    await user.type(cardNumber, ORDINARY)
    await user.tab()
    await waitFor(() => expect(feeMessage()).toBeNull())
    expect(document.getElementById('payment-summary-breakdown')).toBeNull()
    expect(summaryText()).toContain('Total amount: £145.00')
  })

  it('words the fee and the breakdown in Welsh on a Welsh payment’s page', async () => {
    await withSettings(FEES)
    const { user } = await openCardPage('cy')
    await user.type(screen.getByLabelText('Rhif cerdyn'), CORPORATE_CREDIT)
    await user.tab()
    await waitFor(() => expect(feeMessage()).toHaveTextContent('Mae ffi o £2.50 am ddefnyddio cerdyn credyd corfforaethol'))
    const breakdown = document.getElementById('payment-summary-breakdown')!
    expect(breakdown).toHaveTextContent(/^Swm £145\.00\s*Ffi cerdyn corfforaethol: £2\.50$/)
    expect(within(screen.getByRole('region', { name: 'Crynodeb y taliad' })).getByText('Cyfanswm:', { exact: false })).toHaveTextContent('Cyfanswm: £147.50')
  })
})
