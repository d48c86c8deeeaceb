// Reading the body of POST /v1/agreements as the real API does (pay-publicapi's
// RequestJsonParser.parseAgreementRequest, then bean validation of CreateAgreementRequest): the
// JSON is read field by field (400s), then lengths are checked (422 P0102). The first problem wins.
import { invalidAttribute, missingAttribute } from '../model/errors.ts'
import { isJavaBlank } from './create-payment-request.ts'
import { field, type JsonNode } from './json/json-node.ts'

export interface CreateAgreementRequest {
  reference: string
  description: string
  userIdentifier?: string
}

const NAXSI_BLOCKED = /[<>|]/
const MAX_LENGTH = 255

/** reference and description: text, not blank, none of < > |. */
function requiredText(root: JsonNode, name: 'reference' | 'description'): string {
  const node = field(root, name)
  const bad = invalidAttribute(400, 'P2102', name, 'Must be a valid string format')
  if (node === undefined || node.kind === 'null') throw missingAttribute(400, 'P2101', name)
  if (node.kind !== 'string') throw bad
  if (isJavaBlank(node.value)) throw missingAttribute(400, 'P2101', name)
  if (NAXSI_BLOCKED.test(node.value)) throw bad
  return node.value
}

function parse(root: JsonNode): CreateAgreementRequest {
  const request: CreateAgreementRequest = { reference: requiredText(root, 'reference'), description: requiredText(root, 'description') }
  const identifier = field(root, 'user_identifier')
  if (identifier !== undefined && identifier.kind !== 'null') {
    if (identifier.kind !== 'string') throw invalidAttribute(400, 'P2102', 'user_identifier', 'Field must be a string')
    request.userIdentifier = identifier.value
  }
  return request
}

/** The whole body checked: the parser's 400s first, then bean validation's 422 in field order. */
export function parseCreateAgreementRequest(root: JsonNode): CreateAgreementRequest {
  const request = parse(root)
  const lengths: Array<[string, string | undefined]> = [
    ['reference', request.reference],
    ['description', request.description],
    ['user_identifier', request.userIdentifier],
  ]
  for (const [name, value] of lengths) {
    if (value !== undefined && (value.length < 1 || value.length > MAX_LENGTH)) {
      throw invalidAttribute(422, 'P0102', name, `Must be less than or equal to ${MAX_LENGTH} characters length`)
    }
  }
  return request
}
