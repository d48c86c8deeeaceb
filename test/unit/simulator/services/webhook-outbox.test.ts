// The outbox: every payment change writes the webhook event the real service sends for it (the
// payment service's event for the step, turned into a webhook event by pay-webhooks' EventMapper),
// in the same transaction, for every subscribed webhook of the payment's service; nothing else does.
import { describe, expect, it, vi } from 'vitest'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { sweepExpired } from '../../../../src/simulator/services/expiry.ts'
import { beginCardEntry, cancelByUser, confirmPayment, returnToService } from '../../../../src/simulator/services/hosted-session.ts'
import { cancelPayment, capturePayment, findPayment } from '../../../../src/simulator/services/payments.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { seedPayments } from '../../../../src/simulator/services/seeding.ts'
import { setWebhookStatus } from '../../../../src/simulator/services/webhooks.ts'
import { DECLINED_CARD, ERROR_CARD, paymentIn } from '../../../support/payment-fixtures.ts'
import { authorise, currentServiceId, makePayment, otherService, pay, refund } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { eventTypesWritten, messagesWritten, webhookFor } from '../../../support/webhooks.ts'

useSimulator()

describe('the events payment changes send', () => {
  it('a payment paid and captured at once: card_payment_succeeded, then card_payment_captured', async () => {
    await webhookFor()
    const payment = await makePayment()
    await beginCardEntry(payment.id)
    expect(await eventTypesWritten()).toEqual([]) // created and started send nothing (card_payment_started is never sent)
    await pay(payment.id)
    expect(await eventTypesWritten()).toEqual(['card_payment_succeeded', 'card_payment_captured'])
  })

  it('a delayed-capture payment: nothing when the user confirms, succeeded and captured when the service captures', async () => {
    await webhookFor()
    const payment = await makePayment({ delayedCapture: true })
    await pay(payment.id)
    expect((await findPayment(payment.id))?.state).toBe('capturable')
    expect(await eventTypesWritten()).toEqual([])
    await capturePayment(await currentServiceId(), payment.id)
    expect(await eventTypesWritten()).toEqual(['card_payment_succeeded', 'card_payment_captured'])
  })

  it.each([
    ['a declined card', DECLINED_CARD],
    ['a card the provider errors on', ERROR_CARD],
  ])('%s: card_payment_failed', async (_what, cardNumber) => {
    await webhookFor()
    const payment = await makePayment()
    await authorise(payment.id, { cardNumber })
    expect(await eventTypesWritten()).toEqual(['card_payment_failed'])
  })

  it('cancelled by the user on the card page, or by going back to the service: card_payment_failed', async () => {
    await webhookFor()
    const onPage = await makePayment()
    await beginCardEntry(onPage.id)
    await cancelByUser(onPage.id)
    const returned = await makePayment()
    await authorise(returned.id)
    await returnToService(returned.id)
    expect(await eventTypesWritten()).toEqual(['card_payment_failed', 'card_payment_failed'])
  })

  it('cancelled through the API, before or after authorisation: card_payment_failed', async () => {
    await webhookFor()
    const serviceId = await currentServiceId()
    const created = await makePayment()
    const capturable = await paymentIn('capturable')
    expect(await eventTypesWritten()).toEqual([])
    await cancelPayment(serviceId, created.id)
    await cancelPayment(serviceId, capturable.id)
    expect(await eventTypesWritten()).toEqual(['card_payment_failed', 'card_payment_failed'])
  })

  it('expired after 90 minutes unfinished, or 5 days awaiting capture: card_payment_expired', async () => {
    await webhookFor()
    await makePayment()
    const capturable = await paymentIn('capturable')
    await advanceClock({ minutes: 91 })
    await sweepExpired()
    expect(await eventTypesWritten()).toEqual(['card_payment_expired'])
    await advanceClock({ days: 5 })
    expect((await findPayment(capturable.id))?.status).toBe('EXPIRED') // expiry applied on reading
    expect(await eventTypesWritten()).toEqual(['card_payment_expired', 'card_payment_expired'])
  })

  it('a refund: card_payment_refunded, about the payment (resource_id is the payment’s id)', async () => {
    await webhookFor()
    const payment = await paymentIn('success', { amount: 5000 })
    await refund(payment.id, 1200)
    const messages = await messagesWritten()
    expect(messages.map((message) => message.eventType)).toEqual(['card_payment_succeeded', 'card_payment_captured', 'card_payment_refunded'])
    const refunded = messages[2]!
    expect(refunded.resourceId).toBe(payment.id)
    expect(refunded.body.resource_id).toBe(payment.id)
    expect(refunded.body.resource.refund_summary).toEqual({ status: 'available', amount_available: 3800, amount_submitted: 1200 })
  })
})

describe('who gets a message', () => {
  it('only webhooks subscribed to the event, of the payment’s service; deactivated ones too', async () => {
    const captures = await webhookFor(['card_payment_captured'])
    const failures = await webhookFor(['card_payment_failed'])
    const off = await webhookFor(['card_payment_captured'])
    await setWebhookStatus(await currentServiceId(), off.id, 'INACTIVE')
    const other = await otherService()
    await webhookFor(['card_payment_captured'], other.serviceId)

    await paymentIn('success')
    const written = await messagesWritten()
    // One message each; in no particular order (a service's webhooks are read by their random ids).
    const byWebhook = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!)
    expect(written.map((message) => [message.webhookId, message.eventType]).sort(byWebhook)).toEqual(
      [
        [captures.id, 'card_payment_captured'],
        [off.id, 'card_payment_captured'],
      ].sort(byWebhook),
    )
    expect(written.some((message) => message.webhookId === failures.id)).toBe(false)
  })

  it('nobody when the service has no webhooks: the change writes nothing else', async () => {
    await paymentIn('success')
    expect(await database().webhookMessages.count()).toBe(0)
    expect(await database().webhookDeliveries.count()).toBe(0)
  })

  it('nobody for demo payments: seeding sends nothing', async () => {
    await webhookFor()
    await seedPayments(200)
    expect(await database().webhookMessages.count()).toBe(0)
  })
})

describe('one transaction', () => {
  it('a change that fails writes no message, and a message that cannot be written undoes the change', async () => {
    await webhookFor()
    const payment = await paymentIn('submitted', { amount: 1000 })
    const spy = vi.spyOn(database().webhookMessages, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'))
    await expect(confirmPayment(payment.id)).rejects.toThrow('disk full')
    spy.mockRestore()
    expect((await findPayment(payment.id))?.status).toBe('AUTHORISATION SUCCESS')
    expect(await database().webhookDeliveries.count()).toBe(0)
    await confirmPayment(payment.id)
    expect(await eventTypesWritten()).toEqual(['card_payment_succeeded', 'card_payment_captured'])
    expect(await database().webhookDeliveries.count()).toBe(2)
  })

  it('each message starts with one delivery, due when the change happened', async () => {
    await webhookFor(['card_payment_captured'])
    const payment = await paymentIn('success', { amount: 1000 })
    const [delivery] = await database().webhookDeliveries.toArray()
    const [message] = await database().webhookMessages.toArray()
    expect(delivery).toMatchObject({ messageId: message!.id, status: 'PENDING', sendAt: message!.eventDate })
    expect(message!.eventDate).toBe((await findPayment(payment.id))!.updatedAt)
  })
})
