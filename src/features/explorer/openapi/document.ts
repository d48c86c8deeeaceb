// The OpenAPI 3 description of the simulated GOV.UK Pay API, written for the playground. The
// explorer is rendered from it, and people can download it to import into their own tools.
import { API_BASE_URL } from '../../../simulator/model/api-base.ts'
import { cancelPayment, capturePayment, CARD_PAYMENTS, createPayment, getPayment, getPaymentEvents, searchPayments } from './operations-payments.ts'
import { createRefund, getPaymentRefunds, getRefund, REFUNDING, searchRefunds } from './operations-refunds.ts'
import { SCHEMAS } from './schemas.ts'
import type { OpenApiDocument } from './types.ts'

export const OPENAPI_FILE_NAME = 'pay-playground-openapi.json'

const DESCRIPTION = [
  'The GOV.UK Pay public API as the GOV.UK Pay Playground simulates it, in your browser. This is an unofficial description written for the playground, not GOV.UK Pay’s own specification.',
  '',
  'Requests reach the simulator only from pages of the playground, where a service worker answers them at the real address. From anywhere else (curl, Postman, your own server) the same requests go to the real GOV.UK Pay, which does not accept playground keys.',
  '',
  'Authenticate with `Authorization: Bearer <API key>`. Playground keys look like real test keys; create one on the start page, in the API explorer or in the admin site.',
  '',
  'Where the real API behaves differently from its documentation, the playground follows the real API. Each operation lists these cases under x-playground-notes. Across the API:',
  '- A key that is missing or fails its checksum gets the web server’s 401 page; a well-formed revoked or unknown key gets a plain-text 401.',
  '- The firewall answers 400 P0920 to a POST with an empty body or without a JSON content type, to an Accept header that rules out JSON, and to < > " \\ | in the address.',
  '- Unknown paths, wrong methods and non-JSON bodies get the framework’s own errors, e.g. {"code":404,"message":"HTTP 404 Not Found"}.',
  '- Rate limits are per service, in one-second windows: 15 POSTs of each kind, 75 other requests (429 P0900).',
  '- The playground is always a test account: http return URLs are accepted, there is no 3-D Secure, and MOTO, the card authorisation API and recurring payments are not available.',
].join('\n')

export const payApiDocument: OpenApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'GOV.UK Pay API (as simulated by the GOV.UK Pay Playground)',
    version: '1.0.0-playground',
    description: DESCRIPTION,
    license: { name: 'MIT' },
  },
  servers: [{ url: API_BASE_URL, description: 'The real API address, answered by the playground’s service worker in playground pages' }],
  tags: [
    { name: CARD_PAYMENTS, description: 'Create card payments, follow them through their lifecycle, cancel and capture them.' },
    { name: REFUNDING, description: 'Refund successful payments in full or in part, and find refunds.' },
  ],
  security: [{ BearerAuth: [] }],
  paths: {
    '/v1/payments': { post: createPayment, get: searchPayments },
    '/v1/payments/{paymentId}': { get: getPayment },
    '/v1/payments/{paymentId}/events': { get: getPaymentEvents },
    '/v1/payments/{paymentId}/cancel': { post: cancelPayment },
    '/v1/payments/{paymentId}/capture': { post: capturePayment },
    '/v1/payments/{paymentId}/refunds': { post: createRefund, get: getPaymentRefunds },
    '/v1/payments/{paymentId}/refunds/{refundId}': { get: getRefund },
    '/v1/refunds': { get: searchRefunds },
  },
  components: {
    schemas: SCHEMAS,
    securitySchemes: {
      BearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: 'Your API key, e.g. api_test_… . Keys belong to one service and act on its payments only.',
      },
    },
  },
}

/** The document as the JSON file people download. */
export const openApiJson = (): string => `${JSON.stringify(payApiDocument, null, 2)}\n`
