// A request that produces each error case of the agreement operations, keyed by operation and case.
import { AGREEMENT_BODY, newAgreement, recurringOn } from '../../../../support/agreement-scenarios.ts'
import { type Trigger, UNKNOWN_ID } from './trigger-kit.ts'

const create = (body: unknown, on = true): Trigger => async (kit) => {
  if (on) await recurringOn()
  return kit.call('POST', '/v1/agreements', { body })
}

export const AGREEMENT_TRIGGERS: Record<string, Record<string, Trigger>> = {
  createAgreement: {
    '400 P2101 Missing mandatory attribute: {field}': create({ description: 'D' }),
    '400 P2102 Invalid attribute value: {field}. Must be a valid string format': create({ reference: 'R>', description: 'D' }),
    '400 P2102 Invalid attribute value: {field}. Field must be a string': create({ reference: 'R', description: 'D', user_identifier: 7 }),
    '422 P0102 Invalid attribute value: {field}. Must be less than or equal to 255 characters length': create({ reference: 'R', description: 'd'.repeat(256) }),
    '422 P0942 Recurring card payments are currently disabled for this service. Contact support with your error code - https://www.payments.service.gov.uk/support/':
      create(AGREEMENT_BODY, false),
    '400 P2197 Unable to parse JSON': (kit) => kit.call('POST', '/v1/agreements', { rawBody: '{"reference": "R",' }),
  },
  getAgreement: { '404 P2200 Not found': (kit) => kit.call('GET', `/v1/agreements/${UNKNOWN_ID}`) },
  searchAgreements: {
    '422 P2401 Invalid parameters: {names}. See Public API documentation for the correct data formats': (kit) =>
      kit.call('GET', '/v1/agreements?status=CREATED'),
    '404 P2402 Page not found': async (kit) => {
      await recurringOn()
      await newAgreement(kit.key)
      return kit.call('GET', '/v1/agreements?page=2')
    },
  },
  cancelAgreement: {
    '404 P2500 Not found': (kit) => kit.call('POST', `/v1/agreements/${UNKNOWN_ID}/cancel`),
    '400 P2501 Cancellation of agreement failed': async (kit) => {
      await recurringOn()
      return kit.call('POST', `/v1/agreements/${await newAgreement(kit.key)}/cancel`)
    },
  },
}
