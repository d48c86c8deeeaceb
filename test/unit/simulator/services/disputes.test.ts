// Raising and moving disputes, as the simulator tools do: only a successful payment of the service
// that is not already disputed or refunded in full; the payment's disputeStatus follows the dispute;
// a lost dispute costs Stripe's fee; every change is kept in the dispute's history.
import { describe, expect, it } from 'vitest'
import { advanceClock, now } from '../../../../src/simulator/services/clock.ts'
import { DisputeRefusedError, moveDispute, raiseDispute } from '../../../../src/simulator/services/disputes.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { currentServiceId, otherService, refund } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()

const WEEK = 7 * 24 * 60 * 60 * 1000

async function raised(amount = 4500) {
  const payment = await paymentIn('success', { amount })
  return raiseDispute(await currentServiceId(), payment.id, 'product_not_received')
}

describe('raiseDispute', () => {
  it('disputes the whole amount of a successful payment, needing a response within a week of the simulator clock', async () => {
    await advanceClock({ days: 3 })
    const payment = await paymentIn('success', { amount: 4500 })
    const at = await now()
    const dispute = await raiseDispute(await currentServiceId(), ` ${payment.id} `, 'duplicate')
    expect(dispute).toMatchObject({ paymentId: payment.id, amount: 4500, reason: 'duplicate', status: 'needs_response' })
    expect(dispute.createdAt - at).toBeLessThan(1000)
    expect(dispute.evidenceDueAt).toBe(dispute.createdAt + WEEK)
    expect(dispute.history).toEqual([{ status: 'needs_response', at: dispute.createdAt }])
    expect(dispute).not.toHaveProperty('fee')
    expect(await sim.db().disputes.get(dispute.id)).toEqual(dispute)
    expect((await sim.db().payments.get(payment.id))?.disputeStatus).toBe('needs_response')
  })

  it('disputes what was left of a partly refunded payment in full, as the amount paid', async () => {
    const payment = await paymentIn('success', { amount: 3000 })
    await refund(payment.id, 1000)
    expect((await raiseDispute(await currentServiceId(), payment.id, 'general')).amount).toBe(3000)
  })

  it.each(['created', 'capturable', 'declined', 'cancelled'] as const)('refuses a payment that is %s, naming its status', async (state) => {
    const payment = await paymentIn(state)
    const refusal = raiseDispute(await currentServiceId(), payment.id, 'fraudulent')
    await expect(refusal).rejects.toThrow(DisputeRefusedError)
    await expect(refusal).rejects.toThrow(/its status is \w+, and only a successful payment can be disputed/)
    expect(await sim.db().disputes.count()).toBe(0)
  })

  it('refuses a payment already disputed, even once the dispute is won', async () => {
    const dispute = await raised()
    const serviceId = await currentServiceId()
    await expect(raiseDispute(serviceId, dispute.paymentId, 'duplicate')).rejects.toThrow(
      `Payment ${dispute.paymentId} has already been disputed: a payment can be disputed only once.`,
    )
    await moveDispute(serviceId, dispute.id, 'under_review')
    await moveDispute(serviceId, dispute.id, 'won')
    await expect(raiseDispute(serviceId, dispute.paymentId, 'duplicate')).rejects.toThrow(/already been disputed/)
    expect(await sim.db().disputes.count()).toBe(1)
  })

  it('refuses a payment refunded in full', async () => {
    const payment = await paymentIn('success', { amount: 1000 })
    await refund(payment.id, 1000)
    await expect(raiseDispute(await currentServiceId(), payment.id, 'fraudulent')).rejects.toThrow(
      `Payment ${payment.id} has been refunded in full, so there is nothing left to dispute.`,
    )
  })

  it('refuses an unknown payment, another service’s payment, and a reason the API does not have', async () => {
    const serviceId = await currentServiceId()
    await expect(raiseDispute(serviceId, 'nosuchpayment', 'fraudulent')).rejects.toThrow('This service has no payment with the ID nosuchpayment.')
    const other = await otherService()
    const theirs = await paymentIn('success', { serviceId: other.serviceId })
    await expect(raiseDispute(serviceId, theirs.id, 'fraudulent')).rejects.toThrow(`This service has no payment with the ID ${theirs.id}.`)
    const ours = await paymentIn('success')
    await expect(raiseDispute(serviceId, ours.id, 'subscription_cancelled')).rejects.toThrow(/“subscription_cancelled” is not a dispute reason/)
    expect((await sim.db().payments.get(ours.id))?.disputeStatus).toBeUndefined()
  })
})

describe('moveDispute', () => {
  it('moves to under review when evidence is submitted, then to won, keeping every step and updating the payment', async () => {
    const dispute = await raised()
    const serviceId = await currentServiceId()
    await advanceClock({ days: 2 })
    const reviewed = await moveDispute(serviceId, dispute.id, 'under_review')
    expect((await sim.db().payments.get(dispute.paymentId))?.disputeStatus).toBe('under_review')
    await advanceClock({ days: 10 })
    const won = await moveDispute(serviceId, dispute.id, 'won')
    expect(won.history.map((step) => step.status)).toEqual(['needs_response', 'under_review', 'won'])
    expect(reviewed.history[1]!.at - dispute.createdAt).toBeGreaterThanOrEqual(2 * 24 * 60 * 60 * 1000)
    expect(won).not.toHaveProperty('fee')
    expect(won).not.toHaveProperty('netAmount')
    expect((await sim.db().payments.get(dispute.paymentId))?.disputeStatus).toBe('won')
  })

  it('charges a lost dispute Stripe’s £15.00 fee: the net amount is minus the amount and the fee', async () => {
    const dispute = await raised(4500)
    const serviceId = await currentServiceId()
    await moveDispute(serviceId, dispute.id, 'under_review')
    const lost = await moveDispute(serviceId, dispute.id, 'lost')
    expect(lost).toMatchObject({ status: 'lost', amount: 4500, fee: 1500, netAmount: -6000 })
    expect(await sim.db().disputes.get(dispute.id)).toEqual(lost)
    expect((await sim.db().payments.get(dispute.paymentId))?.disputeStatus).toBe('lost')
  })

  it('loses a dispute nobody answered straight from needing a response', async () => {
    const dispute = await raised()
    const lost = await moveDispute(await currentServiceId(), dispute.id, 'lost')
    expect(lost.history.map((step) => step.status)).toEqual(['needs_response', 'lost'])
  })

  it('refuses moves the lifecycle does not have, changing nothing', async () => {
    const dispute = await raised()
    const serviceId = await currentServiceId()
    await expect(moveDispute(serviceId, dispute.id, 'won')).rejects.toThrow(
      `The dispute on payment ${dispute.paymentId} is needs_response, so it cannot become won.`,
    )
    await moveDispute(serviceId, dispute.id, 'lost')
    for (const to of ['needs_response', 'under_review', 'won', 'lost'] as const) {
      await expect(moveDispute(serviceId, dispute.id, to)).rejects.toThrow(DisputeRefusedError)
    }
    expect((await sim.db().disputes.get(dispute.id))?.history).toHaveLength(2)
  })

  it('refuses a dispute of another service, or one that does not exist', async () => {
    const dispute = await raised()
    const other = await otherService()
    await expect(moveDispute(other.serviceId, dispute.id, 'under_review')).rejects.toThrow(`This service has no dispute with the ID ${dispute.id}.`)
    await expect(moveDispute(await currentServiceId(), 'nosuchdispute', 'under_review')).rejects.toThrow(/no dispute with the ID nosuchdispute/)
    expect((await sim.db().disputes.get(dispute.id))?.status).toBe('needs_response')
  })

  it('lets one of two moves racing each other win: the dispute ends won or lost, never both', async () => {
    const dispute = await raised()
    const serviceId = await currentServiceId()
    await moveDispute(serviceId, dispute.id, 'under_review')
    const results = await Promise.allSettled([moveDispute(serviceId, dispute.id, 'won'), moveDispute(serviceId, dispute.id, 'lost')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const stored = await sim.db().disputes.get(dispute.id)
    expect(stored?.history).toHaveLength(3)
    expect((await sim.db().payments.get(dispute.paymentId))?.disputeStatus).toBe(stored?.status)
  })
})
