// A request that produces each error case of the operations other than creating a payment, keyed
// by operation and case. The cases every operation shares (its downstream error, the rate limit and
// the firewall) are produced generically by the test itself.
import { raiseDispute } from '../../../../../src/simulator/services/disputes.ts'
import { currentServiceId } from '../../../../support/payment-scenarios.ts'
import { type Trigger, type TriggerKit, UNKNOWN_ID } from './trigger-kit.ts'

/** A successful payment of the kit's service, disputed; returns its id. */
async function disputedPayment(kit: TriggerKit): Promise<string> {
  const paymentId = await kit.payment('success')
  await raiseDispute(await currentServiceId(), paymentId, 'fraudulent')
  return paymentId
}

const refund = (paymentId: string, body: unknown): Trigger => (kit) => kit.call('POST', `/v1/payments/${paymentId}/refunds`, { body })

export const OTHER_TRIGGERS: Record<string, Record<string, Trigger>> = {
  searchPayments: {
    '422 P0401 Invalid parameters: {names}. See Public API documentation for the correct data formats': (kit) =>
      kit.call('GET', '/v1/payments?state=capturable'),
    '404 P0402 Page not found': async (kit) => {
      await kit.payment('created')
      return kit.call('GET', '/v1/payments?page=2')
    },
  },
  getPayment: { '404 P0200 Not found': (kit) => kit.call('GET', `/v1/payments/${UNKNOWN_ID}`) },
  getPaymentEvents: { '404 P0300 Not found': (kit) => kit.call('GET', `/v1/payments/${UNKNOWN_ID}/events`) },
  cancelPayment: {
    '404 P0500 Not found': (kit) => kit.call('POST', `/v1/payments/${UNKNOWN_ID}/cancel`),
    '400 P0501 Cancellation of payment failed': async (kit) => kit.call('POST', `/v1/payments/${await kit.payment('success')}/cancel`),
  },
  capturePayment: {
    '404 P1000 Not found': (kit) => kit.call('POST', `/v1/payments/${UNKNOWN_ID}/capture`),
    '409 P1003 Payment cannot be captured': async (kit) => kit.call('POST', `/v1/payments/${await kit.payment('created')}/capture`),
  },
  createRefund: {
    '404 P0600 Not found': refund(UNKNOWN_ID, { amount: 100, refund_amount_available: 100 }),
    '404 P0200 Not found': refund(UNKNOWN_ID, { amount: 100 }),
    '400 P0601 Missing mandatory attribute: {field}': refund(UNKNOWN_ID, {}),
    '400 P0602 Invalid attribute value: {field}. Must be a valid numeric format': refund(UNKNOWN_ID, { amount: '100' }),
    '422 P0602 Invalid attribute value: {field}. Must be greater than or equal to 1': refund(UNKNOWN_ID, { amount: 0 }),
    '422 P0602 Invalid attribute value: {field}. Must be less than or equal to 10000000': refund(UNKNOWN_ID, { amount: 10_000_001 }),
    '400 P0603 The payment is not available for refund. Payment refund status: pending': async (kit) =>
      refund(await kit.payment('created'), { amount: 100 })(kit),
    '400 P0603 The payment is not available for refund. Payment refund status: unavailable': async (kit) =>
      refund(await kit.payment('cancelled'), { amount: 100 })(kit),
    '400 P0603 The payment is not available for refund. Payment refund status: full': async (kit) =>
      refund(await kit.refundedPayment(), { amount: 100 })(kit),
    '400 P0603 The payment is not available for refund. Payment refund status: amount_not_available': async (kit) =>
      refund(await kit.payment('success', 1000), { amount: 1001 })(kit),
    '400 P0603 The payment is disputed and cannot be refunded': async (kit) => refund(await disputedPayment(kit), { amount: 100 })(kit),
    '412 P0604 Refund amount available mismatch.': async (kit) =>
      refund(await kit.payment('success', 1000), { amount: 100, refund_amount_available: 999 })(kit),
    '400 P0697 Unable to parse JSON': (kit) => kit.call('POST', `/v1/payments/${UNKNOWN_ID}/refunds`, { rawBody: '{"amount"' }),
  },
  getPaymentRefunds: { '404 P0800 Not found': (kit) => kit.call('GET', `/v1/payments/${UNKNOWN_ID}/refunds`) },
  getRefund: { '404 P0700 Not found': (kit) => kit.call('GET', `/v1/payments/${UNKNOWN_ID}/refunds/${UNKNOWN_ID}`) },
  searchRefunds: {
    '404 P1100 Page not found': async (kit) => {
      await kit.refundedPayment()
      return kit.call('GET', '/v1/refunds?page=2')
    },
    '422 P1101 Invalid parameters: {names}. See Public API documentation for the correct data formats': (kit) =>
      kit.call('GET', '/v1/refunds?page=first'),
  },
  searchDisputes: {
    '422 P0401 Invalid parameters: {names}. See Public API documentation for the correct data formats': (kit) =>
      kit.call('GET', '/v1/disputes?status=disputed'),
    '404 P0402 Page not found': async (kit) => {
      await disputedPayment(kit)
      return kit.call('GET', '/v1/disputes?page=2')
    },
  },
}
