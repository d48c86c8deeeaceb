// A request that produces each error case of creating a payment, keyed by the case.
import { newAgreement, recurringOn, setUp, withSettings } from '../../../../support/agreement-scenarios.ts'
import { validPayment } from '../../../../support/simulator.ts'
import type { Trigger } from './trigger-kit.ts'

const create = (body: Record<string, unknown>, headers?: Record<string, string>): Trigger => (kit) =>
  kit.call('POST', '/v1/payments', { body: validPayment(body), ...(headers ? { headers } : {}) })

const AGREEMENT_ID = 'abcdefghijklmnopqrstuvwxyz'
const metadataPairs = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, 'value']))

/** An agreement payment (no return_url) on a service with recurring payments, `agreement` a new agreement's id unless given. */
const agreementPayment = (body: Record<string, unknown>, options: { activeAgreement?: boolean; headers?: Record<string, string> } = {}): Trigger => async (kit) => {
  await recurringOn()
  const agreementId = await newAgreement(kit.key)
  if (options.activeAgreement) await setUp(agreementId)
  const payment = { ...validPayment({ return_url: undefined, authorisation_mode: 'agreement', agreement_id: agreementId }), ...body }
  return kit.call('POST', '/v1/payments', { body: payment, ...(options.headers ? { headers: options.headers } : {}) })
}

export const CREATE_PAYMENT_TRIGGERS: Record<string, Trigger> = {
  '400 P0101 Missing mandatory attribute: agreement_id': agreementPayment({ agreement_id: undefined }),
  '400 P0102 Invalid attribute value: {field}. Agreement does not exist': agreementPayment({ agreement_id: AGREEMENT_ID }),
  '400 P0102 Invalid attribute value: {field}. Agreement must be active': agreementPayment({}),
  '400 P0104 Unexpected attribute: set_up_agreement': agreementPayment({ set_up_agreement: AGREEMENT_ID }),
  // MOTO must be on for the service, or MOTO is refused first (P0196).
  '400 P0104 Unexpected attribute: moto': async (kit) => {
    await withSettings({ moto: true })
    return agreementPayment({ moto: true })(kit)
  },
  '400 P0104 Unexpected attribute: email': agreementPayment({ email: 'j.bloggs@example.com' }),
  '400 P0104 Unexpected attribute: prefilled_cardholder_details': agreementPayment({ prefilled_cardholder_details: { cardholder_name: 'J Bloggs' } }),
  '409 P0191 The `Idempotency-Key` you sent in the request header has already been used to create a payment.': async (kit) => {
    const headers = { 'Idempotency-Key': 'order-1' }
    const first = await agreementPayment({}, { activeAgreement: true, headers })(kit)
    return kit.call('POST', '/v1/payments', {
      body: { ...validPayment({ return_url: undefined, authorisation_mode: 'agreement', agreement_id: first.json.agreement_id }), amount: 1 },
      headers,
    })
  },
  '400 P0101 Missing mandatory attribute: {field}': create({ amount: undefined }),
  '400 P0101 Missing mandatory attribute: return_url': create({ return_url: undefined }),
  '400 P0102 Invalid attribute value: {field}. Must be a valid numeric format': create({ amount: '100' }),
  '400 P0102 Invalid attribute value: {field}. Must be a valid string format': create({ reference: 'a<b' }),
  '400 P0102 Invalid attribute value: {field}. Must be a valid URL format': create({ return_url: 5 }),
  '400 P0102 Invalid attribute value: {field}. Must be true or false': create({ moto: 'yes' }),
  '400 P0102 Invalid attribute value: {field}. Must be one of web, moto_api, agreement': create({ authorisation_mode: 5 }),
  '422 P0102 Invalid attribute value: {field}. Must be one of web, moto_api, agreement': create({ authorisation_mode: 'phone' }),
  '400 P0102 Invalid attribute value: {field}. Must be one of instalment, recurring, unscheduled': create({ agreement_payment_type: 5 }),
  '422 P0102 Invalid attribute value: {field}. Must be one of instalment, recurring, unscheduled': create({
    set_up_agreement: AGREEMENT_ID,
    agreement_payment_type: 'weekly',
  }),
  '400 P0102 Invalid attribute value: {field}. Must be "en" or "cy"': create({ language: 5 }),
  '422 P0102 Invalid attribute value: {field}. Must be "en" or "cy"': create({ language: 'fr' }),
  '400 P0102 Invalid attribute value: {field}. Field must be a string': create({ email: 5 }),
  '400 P0102 Invalid attribute value: {field}. Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO': create({
    internal: { source: 'CARD_API' },
  }),
  '422 P0102 Invalid attribute value: {field}. Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO': create({
    internal: { source: 'CARD_SOMETHING' },
  }),
  '422 P0102 Invalid attribute value: {field}. Value must not be null': create({ metadata: null }),
  '422 P0102 Invalid attribute value: {field}. Must be an object of JSON key-value pairs': create({ metadata: [1] }),
  '422 P0102 Invalid attribute value: {field}. {problems}': create({ metadata: metadataPairs(16) }),
  '422 P0102 Invalid attribute value: {field}. Must be greater than or equal to 1': create({ amount: -1 }),
  '422 P0102 Invalid attribute value: {field}. Must be greater than or equal to 1. Refer to https://docs.payments.service.gov.uk/making_payments/#amount':
    create({ amount: 0 }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 10000000': create({ amount: 10_000_001 }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 255 characters length': create({ reference: 'r'.repeat(256) }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 254 characters length': create({ email: `${'e'.repeat(250)}@x.io` }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 2000 characters length': create({
    return_url: `https://your.service.gov.uk/${'p'.repeat(2000)}`,
  }),
  '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 25 characters length': create({
    prefilled_cardholder_details: { billing_address: { postcode: 'p'.repeat(26) } },
  }),
  '422 P0102 Invalid attribute value: {field}. Field [{field}] length must be 26': create({ set_up_agreement: 'too-short' }),
  '422 P0102 Invalid attribute value: {field}. Must be a valid URL format': create({ return_url: 'not a url' }),
  '422 P0102 Header [Idempotency-Key] can have a size between 1 and 255': create({}, { 'Idempotency-Key': 'k'.repeat(256) }),
  '422 P0102 Header [Idempotency-Key] can only contain alphanumeric characters and hyphens': create({}, { 'Idempotency-Key': 'order_1' }),
  '400 P0104 Unexpected attribute: agreement_id': create({ agreement_id: AGREEMENT_ID }),
  '400 P0104 Unexpected attribute: agreement_payment_type': create({ agreement_payment_type: 'recurring' }),
  '400 P0104 Unexpected attribute: return_url': create({ authorisation_mode: 'moto_api' }),
  '422 P0195 Using authorisation_mode of moto_api is not allowed for this account': create({ authorisation_mode: 'moto_api', return_url: undefined }),
  '422 P0196 MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - https://www.payments.service.gov.uk/support/ .':
    create({ moto: true }),
  '400 P0197 Unable to parse JSON': (kit) => kit.call('POST', '/v1/payments', { rawBody: '{"amount": 100,' }),
  '500 P0199 There is an error with this account. Contact support with your error code - https://www.payments.service.gov.uk/support/ .': (kit) => {
    kit.deleteServiceAfterKeyCheck()
    return create({})(kit)
  },
  '422 P0942 Recurring card payments are currently disabled for this service. Contact support with your error code - https://www.payments.service.gov.uk/support/':
    create({ set_up_agreement: AGREEMENT_ID }),
}
