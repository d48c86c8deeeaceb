// What the pages read about disputes: the payments the simulator tools offer to dispute (newest
// successful ones that can still be disputed, of this service only), the service's disputes with
// their payments, newest first, and a payment's dispute.
import { describe, expect, it } from 'vitest'
import { disputablePayments, disputeOfPayment, listDisputes } from '../../../../src/simulator/services/dispute-queries.ts'
import { raiseDispute } from '../../../../src/simulator/services/disputes.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { currentServiceId, otherService, refund, tick } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('disputablePayments', () => {
  it('offers the newest successful payments that are not disputed or refunded in full, at most as many as asked', async () => {
    const serviceId = await currentServiceId()
    const oldest = await paymentIn('success')
    await tick()
    const refunded = await paymentIn('success', { amount: 500 })
    await refund(refunded.id, 500)
    await tick()
    const disputed = await paymentIn('success')
    await raiseDispute(serviceId, disputed.id, 'general')
    await tick()
    await paymentIn('declined')
    const middle = await paymentIn('success')
    await tick()
    const newest = await paymentIn('success')
    await paymentIn('success', { serviceId: (await otherService()).serviceId })
    expect((await disputablePayments(serviceId, 5)).map((payment) => payment.id)).toEqual([newest.id, middle.id, oldest.id])
    expect((await disputablePayments(serviceId, 2)).map((payment) => payment.id)).toEqual([newest.id, middle.id])
  })
})

describe('listDisputes and disputeOfPayment', () => {
  it('lists the service’s disputes newest first with their payments, and finds a payment’s own', async () => {
    const serviceId = await currentServiceId()
    const first = await paymentIn('success')
    const older = await raiseDispute(serviceId, first.id, 'duplicate')
    await tick()
    const second = await paymentIn('success')
    const newer = await raiseDispute(serviceId, second.id, 'fraudulent')
    const other = await otherService()
    const theirs = await paymentIn('success', { serviceId: other.serviceId })
    await raiseDispute(other.serviceId, theirs.id, 'other')
    const listed = await listDisputes(serviceId)
    expect(listed.map(({ dispute, payment }) => [dispute.id, payment?.id])).toEqual([
      [newer.id, second.id],
      [older.id, first.id],
    ])
    expect(await disputeOfPayment(serviceId, first.id)).toEqual(older)
    expect(await disputeOfPayment(serviceId, theirs.id)).toBeUndefined()
    expect(await disputeOfPayment(serviceId, (await paymentIn('success')).id)).toBeUndefined()
  })
})
