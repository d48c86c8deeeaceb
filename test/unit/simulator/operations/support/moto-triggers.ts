// A request that produces each error case of POST /v1/auth, keyed by the case.
import { withSettings } from '../../../../support/agreement-scenarios.ts'
import { motoCard, motoPayment } from '../../../../support/moto-scenarios.ts'
import { validPayment } from '../../../../support/simulator.ts'
import type { Trigger, TriggerKit } from './trigger-kit.ts'

const send = (body: unknown): Trigger => (kit) => kit.call('POST', '/v1/auth', { body })
const withCard = (overrides: Record<string, unknown>) => send(motoCard('no-such-token', overrides))
/** A new moto_api payment's token sent with the card `number`. */
const payWith = (number: string, before?: (kit: TriggerKit) => Promise<void>): Trigger => async (kit) => {
  await before?.(kit)
  const { token } = await motoPayment(kit.key)
  return kit.call('POST', '/v1/auth', { body: motoCard(token, { card_number: number }) })
}

export const AUTHORISE_PAYMENT_TRIGGERS: Record<string, Trigger> = {
  '422 P0101 Missing mandatory attribute: {field}': withCard({ one_time_token: '   ' }),
  '422 P0102 Invalid attribute value: {field}. Must be of type String': withCard({ cvc: 123 }),
  '422 P0102 Invalid attribute value: {field}. Must be between 12 and 19 characters long': withCard({ card_number: '4'.repeat(20) }),
  '422 P0102 Invalid attribute value: {field}. Must be between 3 and 4 characters long': withCard({ cvc: '12345' }),
  '422 P0102 Invalid attribute value: {field}. Must be a valid date with the format MM/YY': withCard({ expiry_date: '12/2049' }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 255 characters long': withCard({ cardholder_name: 'n'.repeat(256) }),
  '422 P0102 Invalid attribute value: card_number. Must be a valid card number': withCard({ card_number: '4242 4242 4242 4242' }),
  '422 P0102 Invalid attribute value: cvc. Must contain numbers only': withCard({ cvc: 'abc' }),
  '422 P0102 Invalid attribute value: expiry_date. Must be a valid date with the format MM/YY': withCard({ expiry_date: '12-49' }),
  '422 P0102 Invalid attribute value: expiry_date. Must be a valid date in the future': withCard({ expiry_date: '12/19' }),
  '400 P1211 The one_time_token is not valid': withCard({}),
  '400 P1211 The one_time_token is not a valid moto api token': async (kit) => {
    const web = await kit.call('POST', '/v1/payments', { body: validPayment() })
    return kit.call('POST', '/v1/auth', { body: motoCard(web.json._links.next_url_post.params.chargeTokenId) })
  },
  '400 P1212 The one_time_token has already been used': async (kit) => {
    const { token } = await motoPayment(kit.key)
    await kit.call('POST', '/v1/auth', { body: motoCard(token) })
    return kit.call('POST', '/v1/auth', { body: motoCard(token) })
  },
  '402 P0010 The card_number is not a valid card number': payWith('4242424242424243'),
  '402 P0010 Prepaid cards are not accepted': payWith('4000160000000004', () => withSettings({ blockPrepaidCards: true })),
  '402 P0010 The card type is not enabled: {type}': payWith('371449635398431', () => withSettings({ acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }] })),
  '402 P0010 The payment was rejected': payWith('4000000000000069'),
  '500 P0050 There was an error authorising the payment': payWith('4000000000000119'),
  '500 P0198 Charge not in correct state to be processed, {paymentId}': async (kit) => {
    const { id, token } = await motoPayment(kit.key)
    await kit.call('POST', `/v1/payments/${id}/cancel`)
    return kit.call('POST', '/v1/auth', { body: motoCard(token) })
  },
}
