// The card journey without a browser, on the simulator's services: the next_url's token is used as
// the hosted pages use it, the card decides the outcome, the form's rules still apply.
import { beforeEach, describe, expect, it } from 'vitest'
import { CardFormRejectedError } from '../../../src/simulator/services/hosted-session.ts'
import { findPayment } from '../../../src/simulator/services/payments.ts'
import { createPayment } from '../../../src/simulator/services/payment-creation.ts'
import { configureRuntime } from '../../../src/simulator/services/runtime.ts'
import { ensureCurrentService } from '../../../src/simulator/services/service-accounts.ts'
import { completeCardJourney, secureToken } from '../../../src/testing/card-journey.ts'
import { memoryDatabase } from '../../../src/testing/memory-database.ts'
import { TEST_CARDS } from '../../../src/testing/test-cards.ts'

const FRONTEND = 'https://pay-playground.invalid/'

beforeEach(async () => {
  configureRuntime(memoryDatabase(), { frontendUrl: FRONTEND })
  await ensureCurrentService()
})

async function newPayment(extra: { email?: string; delayedCapture?: boolean } = {}) {
  const service = await ensureCurrentService()
  const { payment, token } = await createPayment(service.id, {
    amount: 1500,
    reference: 'R-1',
    description: 'A permit',
    returnUrl: 'https://example.service.gov.uk/done',
    ...extra,
  })
  return { paymentId: payment.id, nextUrl: `${FRONTEND}#/secure/${token}` }
}

describe('secureToken', () => {
  it('reads the token of a playground next_url and of a real one, and nothing from a payment id', () => {
    expect(secureToken('https://pay-playground.invalid/#/secure/3f0f8e1d')).toBe('3f0f8e1d')
    expect(secureToken('https://card.payments.service.gov.uk/secure/3f0f8e1d')).toBe('3f0f8e1d')
    expect(secureToken('hu20sqlact5260q2nanm0q8u93')).toBeUndefined()
  })
})

describe('completeCardJourney', () => {
  it('uses the next_url once, as the hosted pages do, and pays', async () => {
    const { paymentId, nextUrl } = await newPayment()
    expect(await completeCardJourney(nextUrl, { card: TEST_CARDS.success })).toStrictEqual({
      paymentId,
      state: { status: 'success', finished: true },
    })
    const paid = await findPayment(paymentId)
    expect(paid?.status).toBe('CAPTURED')
    expect(paid?.email).toBe('paying.user@example.org')
    expect(paid?.cardDetails).toMatchObject({ lastDigits: '1111', cardholderName: 'J Bloggs', billingAddress: { postcode: 'SW1A 1AA' } })
  })

  it('keeps the payment’s own email, and takes the details it is given', async () => {
    const { paymentId } = await newPayment({ email: 'payer@example.com' })
    await completeCardJourney(paymentId, { cardholderName: 'A Payer', expiryMonth: '01', expiryYear: '2099' })
    expect(await findPayment(paymentId)).toMatchObject({
      email: 'payer@example.com',
      cardDetails: { cardholderName: 'A Payer', expiryDate: '01/99' },
    })
  })

  it('stops on the confirm page when asked: the payment is submitted', async () => {
    const { paymentId } = await newPayment()
    expect((await completeCardJourney(paymentId, { confirm: false })).state).toStrictEqual({ status: 'submitted', finished: false })
  })

  it('leaves a payment with delayed capture capturable', async () => {
    const { paymentId } = await newPayment({ delayedCapture: true })
    expect((await completeCardJourney(paymentId)).state.status).toBe('capturable')
  })

  it('refuses a card the form refuses, naming the field and the form’s code for the problem, and changes nothing', async () => {
    const { paymentId } = await newPayment()
    const refused = completeCardJourney(paymentId, { card: '4444333322221112' })
    await expect(refused).rejects.toBeInstanceOf(CardFormRejectedError)
    await expect(refused).rejects.toMatchObject({ errors: [{ field: 'cardNo', code: 'luhnInvalid' }] })
    await expect(refused).rejects.toThrow('The card details were refused: cardNo (luhnInvalid)')
    expect((await findPayment(paymentId))?.cardDetails).toBeUndefined()
  })

  it('refuses a payment past the card page, naming its state', async () => {
    const { paymentId } = await newPayment()
    await completeCardJourney(paymentId, { card: TEST_CARDS.declined })
    await expect(completeCardJourney(paymentId)).rejects.toThrow(`The payment ${paymentId} is failed (P0010), so its card journey cannot run`)
  })

  it('refuses a next_url it did not give out', async () => {
    await expect(completeCardJourney(`${FRONTEND}#/secure/no-such-token`)).rejects.toThrow('is not the next_url of a payment in this playground')
  })
})
