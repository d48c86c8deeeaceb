// Step 1 of creating a payment (pay-api-contract.md §3.1, "Step 1: parser checks"): the body is read
// field by field in the real parser's order and the first problem is the answer, mostly 400 (type
// and presence) and 422 for a few enum and metadata values. Unknown properties are ignored.
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import { isJavaBlank, parseCreatePaymentRequest } from '../../../../src/simulator/rules/create-payment-request.ts'
import { parseJson } from '../../../../src/simulator/rules/json/json-node.ts'

const RETURN_URL = 'https://your.service.gov.uk/completed'

/**
 * A request body as JSON text: a valid payment with the given fields' JSON literals put in (or
 * left out, for `undefined`), so values such as `100.0` survive as written.
 */
function body(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    amount: '14500',
    reference: '"REF-12345"',
    description: '"Pay your council tax"',
    return_url: JSON.stringify(RETURN_URL),
    ...fields,
  }
  const members = Object.entries(all).filter(([, value]) => value !== undefined)
  return `{${members.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`
}

const json = (value: unknown) => JSON.stringify(value)
const parse = (text: string) => parseCreatePaymentRequest(parseJson(text))

interface Rejection {
  status: number
  body: Record<string, string>
}

function rejection(text: string): Rejection {
  try {
    parse(text)
  } catch (error) {
    if (error instanceof PayApiError) return { status: error.status, body: error.toJSON() }
    throw error
  }
  throw new Error(`${text} was accepted`)
}

const missing = (field: string): Rejection => ({
  status: 400,
  body: { field, code: 'P0101', description: `Missing mandatory attribute: ${field}` },
})
const invalid = (field: string, message: string, status = 400): Rejection => ({
  status,
  body: { field, code: 'P0102', description: `Invalid attribute value: ${field}. ${message}` },
})
const unexpected = (field: string): Rejection => ({
  status: 400,
  body: { code: 'P0104', description: `Unexpected attribute: ${field}` },
})

const NUMERIC = 'Must be a valid numeric format'
const STRING_FORMAT = 'Must be a valid string format'
const URL_FORMAT = 'Must be a valid URL format'
const BOOLEAN = 'Must be true or false'
const MODES = 'Must be one of web, moto_api, agreement'
const PAYMENT_TYPES = 'Must be one of instalment, recurring, unscheduled'
const LANGUAGE = 'Must be "en" or "cy"'
const FIELD_STRING = 'Field must be a string'
const SOURCE = 'Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO'

describe('parseCreatePaymentRequest: a valid body', () => {
  it('reads the required fields', () => {
    expect(parse(body())).toStrictEqual({
      amount: 14500,
      reference: 'REF-12345',
      description: 'Pay your council tax',
      returnUrl: RETURN_URL,
    })
  })

  it('reads every optional field', () => {
    const text = body({
      amount: '100',
      moto: 'true',
      set_up_agreement: json('a'.repeat(26)),
      agreement_payment_type: '"unscheduled"',
      language: '"cy"',
      delayed_capture: 'true',
      email: '"citizen@example.org"',
      prefilled_cardholder_details: json({
        cardholder_name: 'J. Bogs',
        billing_address: { line1: 'line 1', line2: 'line 2', postcode: 'AB1 CD2', city: 'City', country: 'GB' },
      }),
      metadata: json({ ledger_code: 'AB100', count: 3, reconciled: true }),
      internal: json({ source: 'CARD_PAYMENT_LINK' }),
    })
    expect(parse(text)).toStrictEqual({
      amount: 100,
      reference: 'REF-12345',
      description: 'Pay your council tax',
      returnUrl: RETURN_URL,
      moto: true,
      setUpAgreement: 'a'.repeat(26),
      agreementPaymentType: 'unscheduled',
      language: 'cy',
      delayedCapture: true,
      email: 'citizen@example.org',
      cardholderName: 'J. Bogs',
      billingAddress: { line1: 'line 1', line2: 'line 2', postcode: 'AB1 CD2', city: 'City', country: 'GB' },
      metadata: { ledger_code: 'AB100', count: 3, reconciled: true },
      source: 'CARD_PAYMENT_LINK',
    })
  })

  it('reads an agreement payment', () => {
    const text = body({
      return_url: undefined,
      authorisation_mode: '"agreement"',
      agreement_id: json('b'.repeat(26)),
      agreement_payment_type: '"recurring"',
    })
    expect(parse(text)).toMatchObject({
      authorisationMode: 'agreement',
      agreementId: 'b'.repeat(26),
      agreementPaymentType: 'recurring',
    })
  })

  it.each(['web', 'moto_api', 'agreement'])('reads the authorisation mode %s', (mode) => {
    expect(parse(body({ authorisation_mode: json(mode) })).authorisationMode).toBe(mode)
  })

  it('ignores unknown properties', () => {
    expect(parse(body({ unknown: '{"amount":"x"}', Amount: '"x"', card_number: '4242424242424242' }))).toStrictEqual(
      parse(body()),
    )
  })

  it('uses the last value of a duplicated key', () => {
    const text = '{"amount":"bad","amount":200,"reference":"a","reference":"b","description":"d","return_url":null}'
    expect(parse(text)).toStrictEqual({ amount: 200, reference: 'b', description: 'd', returnUrl: null })
    expect(rejection('{"amount":200,"amount":"bad","reference":"a","description":"d"}')).toStrictEqual(
      invalid('amount', NUMERIC),
    )
  })

  it('takes the amount as written, including the 32-bit limits (ranges are checked later)', () => {
    expect(parse(body({ amount: '2147483647' })).amount).toBe(2147483647)
    expect(parse(body({ amount: '-2147483648' })).amount).toBe(-2147483648)
    expect(parse(body({ amount: '0' })).amount).toBe(0)
  })

  it('keeps return_url null or empty for the account check to judge', () => {
    expect(parse(body({ return_url: 'null' })).returnUrl).toBeNull()
    expect(parse(body({ return_url: '""' })).returnUrl).toBe('')
    expect(parse(body({ return_url: undefined }))).not.toHaveProperty('returnUrl')
  })

  it('does not check the format of an email address', () => {
    expect(parse(body({ email: '"not an email"' })).email).toBe('not an email')
    expect(parse(body({ email: 'null' })).email).toBeNull()
  })

  it.each([
    ['"a string"'],
    ['5'],
    ['null'],
    ['[]'],
    ['true'],
  ])('ignores prefilled_cardholder_details that is not an object: %s', (value) => {
    const request = parse(body({ prefilled_cardholder_details: value }))
    expect(request).not.toHaveProperty('cardholderName')
    expect(request).not.toHaveProperty('billingAddress')
  })

  it('ignores a billing_address that is not an object, and null prefilled values', () => {
    expect(parse(body({ prefilled_cardholder_details: '{"billing_address":"1 High Street"}' }))).toStrictEqual(
      parse(body()),
    )
    const request = parse(
      body({ prefilled_cardholder_details: json({ cardholder_name: null, billing_address: { line1: null, city: 'C' } }) }),
    )
    expect(request.cardholderName).toBeNull()
    expect(request.billingAddress).toStrictEqual({ city: 'C' })
    expect(parse(body({ prefilled_cardholder_details: '{"billing_address":{"line1":null}}' }))).not.toHaveProperty(
      'billingAddress',
    )
  })

  it.each(['123', 'true', '{}', '[]', 'null'])('silently drops a set_up_agreement that is not text: %s', (value) => {
    expect(parse(body({ set_up_agreement: value })).setUpAgreement).toBeNull()
  })

  it('keeps a set_up_agreement that is text, whatever its length (lengths are checked later)', () => {
    expect(parse(body({ set_up_agreement: '"abc"' })).setUpAgreement).toBe('abc')
    expect(parse(body({ set_up_agreement: '""' })).setUpAgreement).toBe('')
  })

  it('reads metadata {} as no metadata', () => {
    expect(parse(body({ metadata: '{}' }))).not.toHaveProperty('metadata')
  })

  it('accepts a reference made only of characters Java does not count as white space', () => {
    expect(parse(body({ reference: json('\u00a0') })).reference).toBe('\u00a0')
    expect(parse(body({ description: json('\ufeff') })).description).toBe('\ufeff')
  })
})

describe('parseCreatePaymentRequest: amount', () => {
  it.each([
    ['missing', undefined],
    ['null', 'null'],
  ])('is required (%s)', (_name, value) => {
    expect(rejection(body({ amount: value }))).toStrictEqual(missing('amount'))
  })

  it.each([
    ['a string', '"100"'],
    ['a float', '100.5'],
    ['a whole float', '100.0'],
    ['an exponent', '1e2'],
    ['above 32 bits', '2147483648'],
    ['below 32 bits', '-2147483649'],
    ['huge', '99999999999999999999999'],
    ['an object', '{"value":100}'],
    ['an array', '[100]'],
    ['a boolean', 'true'],
  ])('must be a 32-bit integer, not %s', (_name, value) => {
    expect(rejection(body({ amount: value }))).toStrictEqual(invalid('amount', NUMERIC))
  })
})

describe.each(['reference', 'description'])('parseCreatePaymentRequest: %s', (field) => {
  it.each([
    ['missing', undefined],
    ['null', 'null'],
    ['empty', '""'],
    ['spaces', '"   "'],
    ['tabs and new lines', json('\t\n\r')],
    ['Java white space', json('\u2003\u001f\u000b\u3000')],
  ])('is required (%s)', (_name, value) => {
    expect(rejection(body({ [field]: value }))).toStrictEqual(missing(field))
  })

  it.each([
    ['a number', '5'],
    ['a boolean', 'false'],
    ['an object', '{}'],
    ['an array', '["a"]'],
  ])('must be a string, not %s', (_name, value) => {
    expect(rejection(body({ [field]: value }))).toStrictEqual(invalid(field, STRING_FORMAT))
  })

  it.each(['<', '>', '|'])('may not contain %s', (character) => {
    expect(rejection(body({ [field]: json(`abc${character}def`) }))).toStrictEqual(invalid(field, STRING_FORMAT))
  })

  it('may contain other punctuation', () => {
    const text = `a-b_c.d/e\\f"g'h&i%j{k}l!m?`
    expect(parse(body({ [field]: json(text) }))[field as 'reference' | 'description']).toBe(text)
  })
})

describe('parseCreatePaymentRequest: other fields', () => {
  it.each(['123', 'true', '{}', '["https://example.com"]'])('return_url must be a string, not %s', (value) => {
    expect(rejection(body({ return_url: value }))).toStrictEqual(invalid('return_url', URL_FORMAT))
  })

  it.each(['moto', 'delayed_capture'])('%s must be true or false', (field) => {
    for (const value of ['"true"', '1', '0', 'null', '{}', '[]']) {
      expect(rejection(body({ [field]: value }))).toStrictEqual(invalid(field, BOOLEAN))
    }
    expect(parse(body({ [field]: 'false' }))).toMatchObject({ [field === 'moto' ? 'moto' : 'delayedCapture']: false })
  })

  it.each(['5', 'null', '""', '"  "', 'true', '{}'])('authorisation_mode must be text: %s gives 400', (value) => {
    expect(rejection(body({ authorisation_mode: value }))).toStrictEqual(invalid('authorisation_mode', MODES))
  })

  it.each(['external', 'WEB', 'Web', 'moto', 'api'])('authorisation_mode %s is unknown: 422', (mode) => {
    expect(rejection(body({ authorisation_mode: json(mode) }))).toStrictEqual(invalid('authorisation_mode', MODES, 422))
  })

  it.each([
    ['no authorisation mode', {}],
    ['mode web', { authorisation_mode: '"web"' }],
    ['mode moto_api', { authorisation_mode: '"moto_api"' }],
  ])('agreement_id is unexpected with %s', (_name, fields) => {
    expect(rejection(body({ ...fields, agreement_id: '5' }))).toStrictEqual(unexpected('agreement_id'))
  })

  it.each([
    ['null', 'null'],
    ['empty', '""'],
    ['blank', '" "'],
  ])('agreement_id is required when present in agreement mode (%s)', (_name, value) => {
    expect(rejection(body({ authorisation_mode: '"agreement"', agreement_id: value }))).toStrictEqual(
      missing('agreement_id'),
    )
  })

  it.each(['5', 'true', '{}'])('agreement_id must be a string in agreement mode, not %s', (value) => {
    expect(rejection(body({ authorisation_mode: '"agreement"', agreement_id: value }))).toStrictEqual(
      invalid('agreement_id', STRING_FORMAT),
    )
  })

  it.each(['5', 'null', '""', '" "', 'false'])('agreement_payment_type must be text, even where unexpected: %s', (value) => {
    expect(rejection(body({ agreement_payment_type: value }))).toStrictEqual(invalid('agreement_payment_type', PAYMENT_TYPES))
  })

  it('agreement_payment_type is unexpected without set_up_agreement or agreement mode', () => {
    expect(rejection(body({ agreement_payment_type: '"recurring"' }))).toStrictEqual(unexpected('agreement_payment_type'))
    expect(rejection(body({ agreement_payment_type: '"weekly"', authorisation_mode: '"web"' }))).toStrictEqual(
      unexpected('agreement_payment_type'),
    )
  })

  it('agreement_payment_type is allowed with set_up_agreement of any type, or in agreement mode', () => {
    expect(parse(body({ set_up_agreement: '5', agreement_payment_type: '"instalment"' })).agreementPaymentType).toBe(
      'instalment',
    )
    expect(parse(body({ set_up_agreement: 'null', agreement_payment_type: '"recurring"' })).agreementPaymentType).toBe(
      'recurring',
    )
  })

  it.each(['weekly', 'RECURRING', 'Unscheduled'])('agreement_payment_type %s is unknown: 422', (type) => {
    expect(rejection(body({ set_up_agreement: json('a'.repeat(26)), agreement_payment_type: json(type) }))).toStrictEqual(
      invalid('agreement_payment_type', PAYMENT_TYPES, 422),
    )
  })

  it.each(['5', 'null', '""', '"  "', 'true', '["en"]'])('language must be text: %s gives 400', (value) => {
    expect(rejection(body({ language: value }))).toStrictEqual(invalid('language', LANGUAGE))
  })

  it.each(['fr', 'EN', 'Cy', 'en-GB', 'welsh'])('language %s is not supported: 422', (language) => {
    expect(rejection(body({ language: json(language) }))).toStrictEqual(invalid('language', LANGUAGE, 422))
  })

  it.each(['en', 'cy'])('reads language %s', (language) => {
    expect(parse(body({ language: json(language) })).language).toBe(language)
  })

  it.each(['5', 'true', '{}', '["a@b.c"]'])('email must be a string, not %s', (value) => {
    expect(rejection(body({ email: value }))).toStrictEqual(invalid('email', FIELD_STRING))
  })

  it('names the prefilled leaf that is not a string', () => {
    expect(rejection(body({ prefilled_cardholder_details: '{"cardholder_name":5}' }))).toStrictEqual(
      invalid('cardholder_name', FIELD_STRING),
    )
    for (const name of ['line1', 'line2', 'city', 'postcode', 'country']) {
      expect(
        rejection(body({ prefilled_cardholder_details: `{"billing_address":{"${name}":{"text":"x"}}}` })),
      ).toStrictEqual(invalid(name, FIELD_STRING))
    }
  })

  it('checks the prefilled leaves in the order cardholder_name, line1, line2, city, postcode, country', () => {
    const leaves = ['line1', 'line2', 'city', 'postcode', 'country']
    const address = (from: number) => Object.fromEntries(leaves.slice(from).map((name) => [name, 1]))
    expect(
      rejection(body({ prefilled_cardholder_details: json({ cardholder_name: 1, billing_address: address(0) }) })),
    ).toStrictEqual(invalid('cardholder_name', FIELD_STRING))
    leaves.forEach((name, index) => {
      expect(rejection(body({ prefilled_cardholder_details: json({ billing_address: address(index) }) }))).toStrictEqual(
        invalid(name, FIELD_STRING),
      )
    })
  })

  it('passes metadata errors through', () => {
    expect(rejection(body({ metadata: 'null' }))).toStrictEqual(invalid('metadata', 'Value must not be null', 422))
    expect(rejection(body({ metadata: '[]' }))).toStrictEqual(
      invalid('metadata', 'Must be an object of JSON key-value pairs', 422),
    )
    expect(rejection(body({ metadata: json({ k: null }) }))).toStrictEqual(
      invalid('metadata', 'Must not have null values', 422),
    )
  })

  it.each([
    ['CARD_API', 400],
    ['CARD_EXTERNAL_TELEPHONE', 400],
    ['FOO', 422],
    ['card_payment_link', 422],
  ])('refuses the hidden source %s with %i', (source, status) => {
    expect(rejection(body({ internal: json({ source }) }))).toStrictEqual(invalid('source', SOURCE, status))
  })

  it('refuses a hidden source that is not text', () => {
    expect(rejection(body({ internal: '{"source":5}' }))).toStrictEqual(invalid('source', SOURCE))
  })

  it.each(['CARD_PAYMENT_LINK', 'CARD_AGENT_INITIATED_MOTO'])('accepts the hidden source %s', (source) => {
    expect(parse(body({ internal: json({ source }) })).source).toBe(source)
  })

  it('ignores an internal that is not an object', () => {
    expect(parse(body({ internal: '"CARD_PAYMENT_LINK"' }))).not.toHaveProperty('source')
  })
})

describe('parseCreatePaymentRequest: order', () => {
  // One bad value per field, in the order the real parser reads them.
  const problems: Array<[string, string, Rejection]> = [
    ['amount', '"100"', invalid('amount', NUMERIC)],
    ['reference', '5', invalid('reference', STRING_FORMAT)],
    ['description', '5', invalid('description', STRING_FORMAT)],
    ['return_url', '5', invalid('return_url', URL_FORMAT)],
    ['moto', '"yes"', invalid('moto', BOOLEAN)],
    ['authorisation_mode', '5', invalid('authorisation_mode', MODES)],
    ['agreement_id', '"x"', unexpected('agreement_id')],
    ['agreement_payment_type', '5', invalid('agreement_payment_type', PAYMENT_TYPES)],
    ['language', '"fr"', invalid('language', LANGUAGE, 422)],
    ['delayed_capture', '"no"', invalid('delayed_capture', BOOLEAN)],
    ['email', '5', invalid('email', FIELD_STRING)],
    ['prefilled_cardholder_details', '{"cardholder_name":5}', invalid('cardholder_name', FIELD_STRING)],
    ['metadata', '"x"', invalid('metadata', 'Must be an object of JSON key-value pairs', 422)],
    ['internal', '{"source":"FOO"}', invalid('source', SOURCE, 422)],
  ]

  it.each(problems.map(([name], index) => ({ name, index })))(
    'reports $name when it and every field read after it are wrong',
    ({ index }) => {
      // Listed last-first, so the order of the keys in the body does not decide.
      const fields = Object.fromEntries(problems.slice(index).reverse().map(([name, value]) => [name, value]))
      expect(rejection(body(fields))).toStrictEqual(problems[index]?.[2])
    },
  )

  it('reports a missing amount before a bad reference', () => {
    expect(rejection(body({ amount: undefined, reference: '"<b>"' }))).toStrictEqual(missing('amount'))
  })

  it('reports a bad reference before a missing description', () => {
    expect(rejection(body({ reference: '"a|b"', description: undefined }))).toStrictEqual(
      invalid('reference', STRING_FORMAT),
    )
  })
})

describe('isJavaBlank', () => {
  it.each(['', ' ', '\t\n\r\f\u000b', '\u001c\u001d\u001e\u001f', '\u1680\u2000\u2006\u2008\u200a\u2028\u2029\u205f\u3000'])(
    'is true for %j',
    (text) => {
      expect(isJavaBlank(text)).toBe(true)
    },
  )

  it.each(['a', ' a ', '\u00a0', '\u2007', '\u202f', '\ufeff', '\u0085', '\u180e', '\u200b'])('is false for %j', (text) => {
    expect(isJavaBlank(text)).toBe(false)
  })
})
