// Step 1 of creating a payment: reading the JSON body field by field in the real parser's order,
// stopping at the first problem (pay-api-contract.md §3.1, "Step 1: parser checks").
import { invalidAttribute, missingAttribute, PayApiError, unexpectedAttribute } from '../model/errors.ts'
import type { AgreementPaymentType, AuthorisationMode, BillingAddress, MetadataValue } from '../model/types.ts'
import { field, isInt, type JsonNode } from './json/json-node.ts'
import { parseMetadata } from './metadata.ts'

export type { AuthorisationMode }

export interface CreatePaymentRequest {
  amount: number
  reference: string
  description: string
  returnUrl?: string | null
  moto?: boolean
  setUpAgreement?: string | null
  authorisationMode?: AuthorisationMode
  agreementId?: string
  agreementPaymentType?: AgreementPaymentType
  language?: 'en' | 'cy'
  delayedCapture?: boolean
  email?: string | null
  cardholderName?: string | null
  billingAddress?: BillingAddress
  metadata?: Record<string, MetadataValue>
  source?: string
}

const NAXSI_BLOCKED = /[<>|]/
const AUTHORISATION_MODES = ['web', 'moto_api', 'agreement']
const AGREEMENT_PAYMENT_TYPES = ['instalment', 'recurring', 'unscheduled']
const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'postcode', 'country'] as const

const invalid = (name: string, message: string, status = 400) => invalidAttribute(status, 'P0102', name, message)

// Java's Character.isWhitespace: space, line and paragraph separators except the no-break ones,
// plus the ASCII controls \t \n \u000B \f \r and \u001C–\u001F. Not the same set as JavaScript's trim().
// eslint-disable-next-line no-control-regex -- Java's whitespace includes these ASCII controls
const JAVA_WHITESPACE = /^[\t\n\u000B\f\r\u001C-\u001F\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/

/** Commons Lang `StringUtils.isBlank` (and Java's `String.isBlank`): empty or only Java whitespace. */
export function isJavaBlank(text: string): boolean {
  return JAVA_WHITESPACE.test(text)
}

const has = (node: JsonNode, name: string) => field(node, name) !== undefined

/** Reads a required, non-blank string; `missing` and `bad` are the two errors the field gives. */
function requiredString(node: JsonNode | undefined, bad: PayApiError, missing: PayApiError): string {
  if (node === undefined || node.kind === 'null') throw missing
  if (node.kind !== 'string') throw bad
  if (isJavaBlank(node.value)) throw missing
  return node.value
}

/** Reads an optional string: absent or null is null, any other non-string is `bad`. */
function optionalString(node: JsonNode | undefined, bad: PayApiError): string | null {
  if (node === undefined || node.kind === 'null') return null
  if (node.kind !== 'string') throw bad
  return node.value
}

function requiredBoolean(node: JsonNode | undefined, name: string): boolean {
  if (node?.kind !== 'boolean') throw invalid(name, 'Must be true or false')
  return node.value
}

function safeText(root: JsonNode, name: string): string {
  const bad = invalid(name, 'Must be a valid string format')
  const value = requiredString(field(root, name), bad, missingAttribute(400, 'P0101', name))
  if (NAXSI_BLOCKED.test(value)) throw bad
  return value
}

/** Reads an enumerated string field: missing, blank or non-text values are a 400 with `message`. */
function choice(root: JsonNode, name: string, message: string): string {
  const error = invalid(name, message)
  return requiredString(field(root, name), error, error)
}

export function parseCreatePaymentRequest(root: JsonNode): CreatePaymentRequest {
  const amountNode = field(root, 'amount')
  if (amountNode === undefined || amountNode.kind === 'null') throw missingAttribute(400, 'P0101', 'amount')
  if (!isInt(amountNode)) throw invalid('amount', 'Must be a valid numeric format')

  const request: CreatePaymentRequest = {
    amount: amountNode.value,
    reference: safeText(root, 'reference'),
    description: safeText(root, 'description'),
  }

  if (has(root, 'return_url')) {
    request.returnUrl = optionalString(field(root, 'return_url'), invalid('return_url', 'Must be a valid URL format'))
  }
  if (has(root, 'moto')) request.moto = requiredBoolean(field(root, 'moto'), 'moto')
  if (has(root, 'set_up_agreement')) {
    const node = field(root, 'set_up_agreement')
    request.setUpAgreement = node?.kind === 'string' ? node.value : null
  }
  if (has(root, 'authorisation_mode')) {
    const message = `Must be one of ${AUTHORISATION_MODES.join(', ')}`
    const mode = choice(root, 'authorisation_mode', message)
    if (!AUTHORISATION_MODES.includes(mode)) throw invalid('authorisation_mode', message, 422)
    request.authorisationMode = mode as AuthorisationMode
  }
  if (has(root, 'agreement_id')) {
    if (request.authorisationMode !== 'agreement') throw unexpectedAttribute('agreement_id')
    request.agreementId = requiredString(
      field(root, 'agreement_id'),
      invalid('agreement_id', 'Must be a valid string format'),
      missingAttribute(400, 'P0101', 'agreement_id'),
    )
  }
  if (has(root, 'agreement_payment_type')) {
    const message = `Must be one of ${AGREEMENT_PAYMENT_TYPES.join(', ')}`
    const type = choice(root, 'agreement_payment_type', message)
    if (!has(root, 'set_up_agreement') && request.authorisationMode !== 'agreement') {
      throw unexpectedAttribute('agreement_payment_type')
    }
    if (!AGREEMENT_PAYMENT_TYPES.includes(type)) throw invalid('agreement_payment_type', message, 422)
    request.agreementPaymentType = type as AgreementPaymentType
  }
  if (has(root, 'language')) {
    const language = choice(root, 'language', 'Must be "en" or "cy"')
    if (language !== 'en' && language !== 'cy') throw invalid('language', 'Must be "en" or "cy"', 422)
    request.language = language
  }
  if (has(root, 'delayed_capture')) request.delayedCapture = requiredBoolean(field(root, 'delayed_capture'), 'delayed_capture')
  if (has(root, 'email')) request.email = optionalString(field(root, 'email'), invalid('email', 'Field must be a string'))
  if (has(root, 'prefilled_cardholder_details')) readPrefilled(field(root, 'prefilled_cardholder_details'), request)
  if (has(root, 'metadata')) {
    const metadata = parseMetadata(field(root, 'metadata') as JsonNode)
    if (metadata) request.metadata = metadata
  }
  readSource(field(root, 'internal'), request)
  return request
}

function readPrefilled(node: JsonNode | undefined, request: CreatePaymentRequest): void {
  const leaf = (parent: JsonNode | undefined, name: string) =>
    optionalString(field(parent, name), invalid(name, 'Field must be a string'))
  if (has(node as JsonNode, 'cardholder_name')) request.cardholderName = leaf(node, 'cardholder_name')
  const addressNode = field(node, 'billing_address')
  if (addressNode === undefined) return
  const address: BillingAddress = {}
  for (const name of ADDRESS_FIELDS) {
    if (!has(addressNode, name)) continue
    const value = leaf(addressNode, name)
    if (value !== null) address[name] = value
  }
  if (Object.keys(address).length > 0) request.billingAddress = address
}

function readSource(internal: JsonNode | undefined, request: CreatePaymentRequest): void {
  const node = field(internal, 'source')
  if (node === undefined) return
  const error = invalid('source', 'Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO')
  const source = optionalString(node, error)
  if (source === null) return
  if (source === 'CARD_PAYMENT_LINK' || source === 'CARD_AGENT_INITIATED_MOTO') request.source = source
  else if (KNOWN_SOURCES.includes(source)) throw error
  else throw new PayApiError(422, error.code, error.description, error.field)
}

const KNOWN_SOURCES = ['CARD_API', 'CARD_PAYMENT_LINK', 'CARD_AGENT_INITIATED_MOTO', 'CARD_EXTERNAL_TELEPHONE']
