// Which steps send which webhook event: the payment service's event for each transition, mapped as
// pay-webhooks' EventMapper maps it.
import { describe, expect, it } from 'vitest'
import { connectorEventFor, eventTypeName, OFFERED_EVENT_TYPES, webhookEventFor, webhookEventsForSteps } from '../../../../src/simulator/model/webhook-events.ts'

describe('webhook events', () => {
  it('offers the five events the admin site offers, with its names, and never card_payment_started', () => {
    expect(OFFERED_EVENT_TYPES.map((offered) => [offered.type, offered.name])).toEqual([
      ['card_payment_succeeded', 'Payment succeeded'],
      ['card_payment_failed', 'Payment failed'],
      ['card_payment_expired', 'Payment expired'],
      ['card_payment_captured', 'Payment captured'],
      ['card_payment_refunded', 'Payment refunded'],
    ])
    expect(eventTypeName('card_payment_refunded')).toBe('Payment refunded')
  })

  it('maps the payment service’s events as EventMapper does', () => {
    expect(webhookEventFor('USER_APPROVED_FOR_CAPTURE')).toBe('card_payment_succeeded')
    expect(webhookEventFor('SERVICE_APPROVED_FOR_CAPTURE')).toBe('card_payment_succeeded')
    expect(webhookEventFor('CANCELLED_BY_EXTERNAL_SERVICE')).toBe('card_payment_failed')
    expect(webhookEventFor('CANCELLED_BY_EXPIRATION')).toBe('card_payment_expired')
    expect(webhookEventFor('CAPTURE_CONFIRMED')).toBe('card_payment_captured')
    expect(webhookEventFor('REFUND_SUCCEEDED')).toBe('card_payment_refunded')
    for (const silent of ['PAYMENT_CREATED', 'PAYMENT_STARTED', 'AUTHORISATION_SUCCEEDED', 'USER_APPROVED_FOR_CAPTURE_AWAITING_SERVICE_APPROVAL']) {
      expect(webhookEventFor(silent)).toBeUndefined()
    }
  })

  it('names the event of each transition, and none for a step that emits none', () => {
    expect(connectorEventFor('AUTHORISATION SUCCESS', 'CAPTURE APPROVED')).toBe('USER_APPROVED_FOR_CAPTURE')
    expect(connectorEventFor('AUTHORISATION SUCCESS', 'SYSTEM CANCEL READY')).toBeUndefined()
    expect(webhookEventsForSteps('AUTHORISATION SUCCESS', ['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'])).toEqual(['card_payment_failed'])
    expect(webhookEventsForSteps('AWAITING CAPTURE REQUEST', ['EXPIRE CANCEL READY', 'EXPIRED'])).toEqual(['card_payment_expired'])
    expect(webhookEventsForSteps('CREATED', ['ENTERING CARD DETAILS'])).toEqual([])
  })
})
