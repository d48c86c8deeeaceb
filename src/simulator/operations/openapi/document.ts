// The OpenAPI 3 description of the simulated GOV.UK Pay API, built from the operation registry.
// The explorer is rendered from it, and the build serves it as `openapi.json` for Postman,
// Insomnia, Swagger Editor or Prism to import.
import { API_BASE_URL } from '../../model/api-base.ts'
import { OPERATIONS, TAGS } from '../index.ts'
import type { OperationSpec } from '../operation.ts'
import { errorResponses } from './error-responses.ts'
import { SCHEMAS } from './schemas.ts'
import type { OpenApiDocument, Operation, PathItem } from './types.ts'

/** Where the built site serves the document, relative to its base path. */
export const OPENAPI_FILE_NAME = 'openapi.json'

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
  '- The playground is always a test account: http return URLs are accepted and there is no 3-D Secure. MOTO, the card authorisation API and recurring payments are off, as on a new test account, and can be switched on in the admin site’s settings.',
].join('\n')

function toOperation(spec: OperationSpec): Operation {
  return {
    operationId: spec.id,
    summary: spec.summary,
    description: spec.description,
    tags: [spec.tag.name],
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body.schema, examples: spec.body.examples } } } }
      : {}),
    ...(spec.auth === 'none' ? { security: [] } : {}),
    responses: { ...spec.responses, ...errorResponses(spec) },
    ...(spec.notes ? { 'x-playground-notes': spec.notes } : {}),
  }
}

function paths(): Record<string, PathItem> {
  const items: Record<string, PathItem> = {}
  for (const spec of OPERATIONS) {
    const method = spec.method === 'GET' ? 'get' : 'post'
    items[spec.path] = { ...items[spec.path], [method]: toOperation(spec) }
  }
  return items
}

export const payApiDocument: OpenApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'GOV.UK Pay API (as simulated by the GOV.UK Pay Playground)',
    version: '1.0.0-playground',
    description: DESCRIPTION,
    license: { name: 'MIT' },
  },
  servers: [{ url: API_BASE_URL, description: 'The real API address, answered by the playground’s service worker in playground pages' }],
  tags: TAGS,
  security: [{ BearerAuth: [] }],
  paths: paths(),
  components: {
    schemas: Object.assign({}, SCHEMAS, ...OPERATIONS.map((spec) => spec.schemas ?? {})),
    securitySchemes: {
      BearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: 'Your API key, e.g. api_test_… . Keys belong to one service and act on its payments only.',
      },
    },
  },
}

/** The document as the JSON file the site serves. */
export const openApiJson = (): string => `${JSON.stringify(payApiDocument, null, 2)}\n`
