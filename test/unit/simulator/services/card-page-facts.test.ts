// What the card details and confirm pages learn about a payment beyond its record: the billing
// address asked for, MOTO masking, the agreement a set-up payment is for, the corporate card fee
// added, and the service's verdict on a card number as it is typed.
import { describe, expect, it } from 'vitest'
import { checkCardForPayment, loadCardPageFacts } from '../../../../src/simulator/services/card-page-facts.ts'
import { AGREEMENT_BODY, newAgreement, recurringOn, withSettings } from '../../../support/agreement-scenarios.ts'
import { authorise, makePayment } from '../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('loadCardPageFacts', () => {
  it('asks an ordinary payment for the billing address the service collects, masking nothing', async () => {
    await withSettings({ moto: true, motoMaskCardNumber: true, motoMaskSecurityCode: true })
    const payment = await makePayment({ amount: 1500 })
    expect(await loadCardPageFacts(payment.id)).toMatchObject({ collectBillingAddress: true, maskCardNumber: false, maskSecurityCode: false, totalAmount: 1500 })
  })

  it('asks a MOTO payment for no billing address, and masks what the service chose to', async () => {
    await withSettings({ moto: true, motoMaskCardNumber: true })
    const payment = await makePayment({ moto: true })
    expect(await loadCardPageFacts(payment.id)).toMatchObject({ collectBillingAddress: false, maskCardNumber: true, maskSecurityCode: false })
  })

  it('gives a set-up payment its agreement’s description, and no other payment one', async () => {
    await recurringOn()
    const setUp = await makePayment({ setUpAgreement: await newAgreement(await newKey()) })
    expect((await loadCardPageFacts(setUp.id)).agreementDescription).toBe(AGREEMENT_BODY.description)
    expect(await loadCardPageFacts((await makePayment()).id)).not.toHaveProperty('agreementDescription')
  })

  it('has the fee a corporate card added when it was authorised, and the total with it', async () => {
    await withSettings({ corporateCreditCardSurcharge: 250 })
    const payment = await makePayment({ amount: 1500 })
    await authorise(payment.id, { cardNumber: '4111111111111111' })
    expect(await loadCardPageFacts(payment.id)).toMatchObject({ corporateSurcharge: 250, totalAmount: 1750 })
  })
})

describe('checkCardForPayment', () => {
  it('answers with the fee a corporate card would add, spaces and all', async () => {
    await withSettings({ corporateDebitCardSurcharge: 150 })
    const payment = await makePayment()
    expect(await checkCardForPayment(payment.id, '4988 0800 0000 0000')).toMatchObject({ surcharge: 150, information: { corporate: true, type: 'debit' } })
  })

  it('refuses a prepaid card when the service blocks them', async () => {
    await withSettings({ blockPrepaidCards: true })
    const payment = await makePayment()
    expect(await checkCardForPayment(payment.id, '4000160000000004')).toEqual({ reason: 'prepaid' })
  })
})
