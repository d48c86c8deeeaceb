// fast-check arbitraries for hostile and odd requests: JSON of every kind (wrong types, huge and
// odd numbers, floats, deep nesting, long and unicode strings, duplicate keys, `__proto__`), random
// query strings, headers and methods. JSON is generated as text, so it can say what JSON.stringify
// cannot (duplicate keys, `1e400`, `100.0`, lone surrogates).
import fc from 'fast-check'

const quote = (text: string) => JSON.stringify(text)

/** Strings people and programs really send: unicode, control characters, markup, blanks, very long. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    '\u2003\t\n',
    '<img src=x onerror=alert(1)>',
    'a|b',
    '"><script>alert(1)</script>',
    '__proto__',
    'constructor',
    'Ŵelsh £ — “quotes” 🎉',
    '\u0000',
    '𝕏'.repeat(200),
    'x'.repeat(255),
    'x'.repeat(256),
    'https://your.service.gov.uk/completed',
    'http://localhost/return',
    'javascript:alert(1)',
  ),
  fc.integer({ min: 200, max: 3000 }).map((n) => 'é'.repeat(n)),
)

/** Numbers as JSON text, including what Java reads differently from JavaScript. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -5, max: 10_000_001 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom('0', '-0', '1', '100.0', '1e2', '1E+2', '-1', '2147483647', '2147483648', '-2147483649', '10000000', '10000001', '1e400', '-1e400', '0.1e-999', '1'.repeat(1000), '1'.repeat(1001)),
)

const scalarText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: oddString.map(quote) },
  { weight: 3, arbitrary: numberText },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'null', '"\\ud800"', '"\\u0000"', '"\\/"') },
)

/** Objects written with possibly repeated keys, `__proto__` among them. */
export const objectKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'amount', 'AMOUNT', 'x'.repeat(31)),
)

const objectText = (value: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(objectKey, value), { maxLength: 6 }).chain((entries) =>
    fc.boolean().map((repeatFirst) => {
      const all = repeatFirst && entries.length > 0 ? [...entries, entries[0]!] : entries
      return `{${all.map(([key, val]) => `${quote(key)}:${val}`).join(',')}}`
    }),
  )

/** Any JSON value as text, nested a few levels. */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    objectText(tie('value')),
  ),
})).value

/** Nesting around the 1000-level limit Jackson enforces, and far beyond it. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(2, 50, 999, 1000, 1001, 20_000), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth))

/** Text that is not JSON, or not only JSON. */
export const brokenJson: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  jsonText.map((text) => text.slice(0, Math.max(0, text.length - 1))),
  jsonText.map((text) => `${text} trailing`),
  fc.constantFrom('{', '{"amount":', "{'amount':1}", '{amount:1}', '0x10', '{"amount":0x10}', '{"amount":010}', '{"amount":%00}', 'NaN', '[1,]', '{"a":1,}', '\ufeff{}', ''),
)

/** A field of a request: mostly a value of the right shape, sometimes a hostile one. */
export function fieldValue(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: jsonText })
}

/** Strings that pass the create-payment parser more often than not. */
const plausibleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => !/[<>|]/.test(text)) },
  { weight: 2, arbitrary: oddString },
)

/**
 * An object with some of `fields` (name → value text), extra keys and sometimes a repeated one.
 * `usual` fields are there nine times in ten, so many requests get past the presence checks.
 */
export function requestObject(fields: Record<string, fc.Arbitrary<string>>, usual: string[] = []): fc.Arbitrary<string> {
  const field = (name: string, arb: fc.Arbitrary<string>) =>
    fc.oneof(
      { weight: usual.includes(name) ? 9 : 1, arbitrary: fieldValue(arb) },
      { weight: usual.includes(name) ? 1 : 6, arbitrary: fc.constant(undefined) },
    )
  const known = Object.fromEntries(Object.entries(fields).map(([name, arb]) => [name, field(name, arb)]))
  return fc
    .tuple(
      fc.record(known),
      fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(objectKey, jsonText), { maxLength: 2 }) }),
      fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...Object.keys(fields)) }),
      fieldValue(jsonText),
    )
    .map(([chosen, extra, repeated, repeatedValue]) => {
      const entries: Array<[string, string]> = [
        ...Object.entries(chosen).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ...extra,
      ]
      if (repeated !== undefined) entries.push([repeated, repeatedValue])
      return `{${entries.map(([key, value]) => `${quote(key)}:${value}`).join(',')}}`
    })
}

const validMetadata = fc
  .dictionary(fc.string({ minLength: 1, maxLength: 30 }), fc.oneof(fc.string({ maxLength: 100 }), fc.integer(), fc.boolean()), { maxKeys: 16 })
  .map((value) => JSON.stringify(value))

/** Create-payment bodies: each documented field, right or wrong. */
const chaoticCreatePaymentBody = requestObject({
  amount: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map(String), numberText),
  reference: plausibleText.map(quote),
  description: plausibleText.map(quote),
  return_url: fc.constantFrom('"https://your.service.gov.uk/completed"', '"http://localhost:3000/done"', '"not a url"', '"ftp://x.test"', '""'),
  email: oddString.map(quote),
  language: fc.constantFrom('"en"', '"cy"', '"fr"', '""', '"EN"'),
  delayed_capture: fc.constantFrom('true', 'false', '"true"', 'null'),
  moto: fc.constantFrom('true', 'false', '0'),
  metadata: fc.oneof(validMetadata, objectText(jsonText)),
  prefilled_cardholder_details: objectText(fc.oneof(oddString.map(quote), objectText(oddString.map(quote)))),
  authorisation_mode: fc.constantFrom('"web"', '"moto_api"', '"agreement"', '"external"', '""'),
  agreement_id: oddString.map(quote),
  set_up_agreement: oddString.map(quote),
  agreement_payment_type: fc.constantFrom('"instalment"', '"recurring"', '"unscheduled"', '"weekly"'),
  internal: objectText(fc.constantFrom('"CARD_PAYMENT_LINK"', '"CARD_API"', '"OTHER"', '1')),
}, ['amount', 'reference', 'description', 'return_url'])

const safeText = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((text) => text.trim() !== '' && !/[<>|]/.test(text))

/** A body the real API would accept, with at most one field made wrong: reaches the deeper checks. */
const nearlyValidCreatePaymentBody = fc
  .tuple(
    fc.record(
      {
        amount: fc.integer({ min: 1, max: 10_000_000 }).map(String),
        reference: safeText(40).map(quote),
        description: safeText(80).map(quote),
        return_url: fc.constantFrom('"https://your.service.gov.uk/completed"', '"http://localhost:3000/done"'),
        email: fc.emailAddress().map(quote),
        language: fc.constantFrom('"en"', '"cy"'),
        delayed_capture: fc.constantFrom('true', 'false'),
        moto: fc.constant('false'),
        metadata: fc
          .uniqueArray(fc.tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', 'toString')), fc.oneof(safeText(100), fc.integer(), fc.boolean())), {
            maxLength: 15,
            selector: ([key]) => key.toLowerCase(),
          })
          .map((pairs) => `{${pairs.map(([key, value]) => `${quote(key)}:${JSON.stringify(value)}`).join(',')}}`),
        prefilled_cardholder_details: fc
          .record({ cardholder_name: safeText(60), billing_address: fc.record({ line1: safeText(40), postcode: fc.constantFrom('SW1A 1AA', 'x'.repeat(26)) }) }, { requiredKeys: [] })
          .map((details) => JSON.stringify(details)),
      },
      { requiredKeys: ['amount', 'reference', 'description', 'return_url'] },
    ),
    fc.oneof(
      fc.constant(undefined),
      fc.tuple(fc.constantFrom('amount', 'reference', 'description', 'return_url', 'email', 'language', 'metadata', 'moto'), jsonText),
    ),
  )
  .map(([fields, change]) => {
    const entries: Record<string, string> = { ...fields }
    if (change) entries[change[0]] = change[1]
    return `{${Object.entries(entries).map(([key, value]) => `${quote(key)}:${value}`).join(',')}}`
  })

/** Create-payment bodies: nearly right, or each documented field right or wrong. */
export const createPaymentBody = fc.oneof(nearlyValidCreatePaymentBody, chaoticCreatePaymentBody)

/** Stands for the payment's real amount available, filled in when the request is sent. */
export const AMOUNT_AVAILABLE = '"@amount-available@"'

/** Create-refund bodies. */
export const createRefundBody = requestObject({
  amount: fc.oneof(fc.integer({ min: 1, max: 2000 }).map(String), numberText),
  refund_amount_available: fc.oneof(fc.constant(AMOUNT_AVAILABLE), numberText, oddString.map(quote)),
}, ['amount'])

/** Query-string values for the searches: valid, nearly valid, and hostile. */
const queryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: oddString },
  { weight: 3, arbitrary: fc.constantFrom(
    'created',
    'success',
    'capturable',
    'SUCCESS',
    '2026-01-15T09:30:00Z',
    '2026-01-15T09:30:00.123+01:00[Europe/London]',
    '2026-13-45T99:99:99Z',
    '2026-01-15',
    '1',
    '0',
    '-1',
    '500',
    '501',
    '99999999999',
    '2147483648',
    '424242',
    '4242',
    '42424',
  ) },
)

const SEARCH_NAMES = [
  'state', 'reference', 'email', 'card_brand', 'from_date', 'to_date', 'page', 'display_size',
  'first_digits_card_number', 'last_digits_card_number', 'from_settled_date', 'to_settled_date',
  'cardholder_name', 'agreement_id', 'status', 'card_brands', 'account_id',
]

/** A query string, usually well encoded, sometimes raw. */
export const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc
    .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SEARCH_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), queryValue), { maxLength: 6 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((raw) => `?${raw.replace(/#/g, '')}`) },
)

/** Header values fetch accepts: visible ASCII and spaces, no leading or trailing blanks. */
export const headerValue: fc.Arbitrary<string> = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 })
  .map((text) => text.trim())

const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-!#$%&\'*+.^_`|~'
export const headerName: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...TOKEN_CHARS.split('')),
  minLength: 1,
  maxLength: 16,
})

export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 20, arbitrary: fc.constant('application/json') },
  { weight: 3, arbitrary: fc.constantFrom(undefined, 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', '') },
  { weight: 1, arbitrary: headerValue },
)

export const accept: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 20, arbitrary: fc.constant('application/json') },
  { weight: 3, arbitrary: fc.constantFrom(undefined, '*/*', 'application/*', 'text/html', 'text/plain', 'application/xml', 'application/json;q=0.1, text/html', '') },
  { weight: 1, arbitrary: headerValue },
)

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/** Which key the request presents. */
export type KeyChoice = 'valid' | 'other-service' | 'revoked' | 'tampered' | 'none' | 'garbage'
export const keyChoice: fc.Arbitrary<KeyChoice> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<KeyChoice>('valid') },
  { weight: 1, arbitrary: fc.constantFrom<KeyChoice>('other-service', 'revoked', 'tampered', 'none', 'garbage') },
)
