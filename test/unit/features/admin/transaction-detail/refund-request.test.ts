import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../../src/simulator/model/errors.ts'
import { REFUND_MESSAGES, refundFailureMessage, requestRefund } from '../../../../../src/features/admin/transaction-detail/refund-request.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { currentServiceId, refund } from '../../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()

describe('requestRefund', () => {
  it('refunds all that is left for a full refund', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    expect(await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'full' })).toEqual({ ok: true, amount: 1000 })
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(1000)
  })

  it('refunds a partial amount typed in pounds and pence', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    expect(await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'partial', amountText: '£2.5' })).toEqual({ ok: true, amount: 250 })
    expect(await sim.db().refunds.count()).toBe(1)
  })

  it('refuses an amount it cannot read, before asking the simulator', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const result = await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'partial', amountText: '2,50p' })
    expect(result).toEqual({ ok: false, message: REFUND_MESSAGES.unparseable, field: 'amount' })
    expect(await sim.db().refunds.count()).toBe(0)
  })

  it('refuses more than is left', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    const result = await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'partial', amountText: '10.01' })
    expect(result).toEqual({ ok: false, message: REFUND_MESSAGES.tooMuch, field: 'amount' })
  })

  it('says the request was already submitted when another refund got there first', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    await refund(payment.id, 300)
    const result = await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'full' })
    expect(result).toEqual({ ok: false, message: 'This refund request has already been submitted.' })
    expect((await sim.db().payments.get(payment.id))?.refundedAmount).toBe(300)
  })

  it('says the request was already submitted for a payment refunded in full', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    await refund(payment.id, 1000)
    expect(await requestRefund(await currentServiceId(), payment.id, 0, { kind: 'partial', amountText: '1' })).toEqual({
      ok: false,
      message: REFUND_MESSAGES.alreadySubmitted,
    })
  })

  it('gives the general message for a payment that cannot be refunded', async () => {
    const payment = await paymentIn('submitted', { amount: 1000 })
    expect(await requestRefund(await currentServiceId(), payment.id, 1000, { kind: 'full' })).toEqual({
      ok: false,
      message: 'We couldn’t process this refund. Please try again or contact support.',
    })
  })
})

describe('refundFailureMessage', () => {
  it.each([
    [new PayApiError(412, 'P0604', 'Refund amount available mismatch.'), REFUND_MESSAGES.alreadySubmitted],
    [new PayApiError(400, 'P0603', 'The payment is not available for refund. Payment refund status: full'), REFUND_MESSAGES.alreadySubmitted],
    [new PayApiError(400, 'P0603', 'The payment is not available for refund. Payment refund status: amount_not_available'), REFUND_MESSAGES.tooMuch],
    [new PayApiError(422, 'P0602', 'Invalid attribute value: amount. Must be greater than or equal to 1', 'amount'), REFUND_MESSAGES.tooLow],
    [new PayApiError(422, 'P0602', 'Invalid attribute value: amount. Must be less than or equal to 10000000', 'amount'), REFUND_MESSAGES.tooMuch],
    [new PayApiError(400, 'P0603', 'The payment is not available for refund. Payment refund status: pending'), REFUND_MESSAGES.other],
    [new Error('disk full'), REFUND_MESSAGES.other],
  ])('maps %s to the admin site’s message', (error, message) => {
    expect(refundFailureMessage(error)).toBe(message)
  })
})
