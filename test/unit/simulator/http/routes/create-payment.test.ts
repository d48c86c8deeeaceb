// POST /v1/payments through the simulated API, as a client sees it (pay-api-contract.md §3.1, §3.4,
// §1.5, §7, §12): 201 with the payment, its links, Location and no-cache headers; and every kind of
// refusal with its exact status and body, checked in the real order (parser, limits, the
// Idempotency-Key header, then the account), leaving nothing stored.
import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCurrentService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { api, APP_URL, type ApiResult, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

const simulator = useSimulator()

const API = 'https://publicapi.payments.service.gov.uk'
const SUPPORT = 'https://www.payments.service.gov.uk/support/'
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

let key: string
beforeEach(async () => {
  key = await newKey()
})

type Body = Record<string, unknown>

const create = (body: unknown, headers: Record<string, string> = {}) => api('POST', '/v1/payments', { key, body, headers })
const createRaw = (rawBody: string) => api('POST', '/v1/payments', { key, rawBody })

/** A valid body as JSON text with some members' literals replaced (or removed, for undefined). */
function rawBody(fields: Record<string, string | undefined>): string {
  const all: Record<string, string | undefined> = {
    ...Object.fromEntries(Object.entries(validPayment()).map(([name, value]) => [name, JSON.stringify(value)])),
    ...fields,
  }
  const members = Object.entries(all).filter(([, value]) => value !== undefined)
  return `{${members.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`
}

async function storedCounts() {
  const db = simulator.db()
  return { payments: await db.payments.count(), tokens: await db.tokens.count() }
}

/** Checks a refusal's status and exact body, and that it stored nothing. */
async function expectRefusal(result: ApiResult, status: number, body: Body) {
  expect({ status: result.status, body: result.json }).toStrictEqual({ status, body })
  expect(result.headers.get('Content-Type')).toBe('application/json')
  expect(result.headers.get('Location')).toBeNull()
  expect(await storedCounts()).toStrictEqual({ payments: 0, tokens: 0 })
}

const missing = (field: string) => ({ field, code: 'P0101', description: `Missing mandatory attribute: ${field}` })
const invalid = (field: string, message: string) => ({
  field,
  code: 'P0102',
  description: `Invalid attribute value: ${field}. ${message}`,
})
const unexpected = (field: string) => ({ code: 'P0104', description: `Unexpected attribute: ${field}` })

describe('POST /v1/payments: success', () => {
  it('creates a payment: 201 with every field, the links, Location and no-cache headers', async () => {
    const before = Date.now()
    const result = await create(validPayment())
    expect(result.status).toBe(201)
    const payment = result.json
    const id: string = payment.payment_id
    expect(id).toMatch(/^[0-9a-v]{26}$/)
    expect(payment.created_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Date.parse(payment.created_date)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    const token = new RegExp(`^${APP_URL.replace(/[.]/g, '\\.')}#/secure/(${UUID})$`).exec(payment._links.next_url.href)?.[1]
    expect(token).toBeDefined()
    const self = `${API}/v1/payments/${id}`
    expect(payment).toStrictEqual({
      amount: 14500,
      description: 'Pay your council tax',
      reference: 'REF-12345',
      language: 'en',
      state: { status: 'created', finished: false },
      payment_id: id,
      payment_provider: 'sandbox',
      created_date: payment.created_date,
      refund_summary: { status: 'pending', amount_available: 14500, amount_submitted: 0 },
      settlement_summary: {},
      delayed_capture: false,
      moto: false,
      return_url: 'https://your.service.gov.uk/completed',
      authorisation_mode: 'web',
      _links: {
        self: { href: self, method: 'GET' },
        next_url: { href: `${APP_URL}#/secure/${token}`, method: 'GET' },
        next_url_post: {
          href: `${APP_URL}secure`,
          method: 'POST',
          type: 'application/x-www-form-urlencoded',
          params: { chargeTokenId: token },
        },
        events: { href: `${self}/events`, method: 'GET' },
        refunds: { href: `${self}/refunds`, method: 'GET' },
        cancel: { href: `${self}/cancel`, method: 'POST' },
      },
    })
    expect(result.headers.get('Location')).toBe(payment._links.self.href)
    expect(result.headers.get('Cache-Control')).toBe('no-store')
    expect(result.headers.get('Pragma')).toBe('no-cache')
    expect(result.headers.get('Content-Type')).toBe('application/json')
    expect(await simulator.db().tokens.get(token as string)).toMatchObject({ paymentId: id, used: false })
    expect(await storedCounts()).toStrictEqual({ payments: 1, tokens: 1 })
    expect((await simulator.db().payments.get(id as string))?.history.map((step) => step.status)).toEqual(['CREATED'])
  })

  it('shows the optional fields that were sent', async () => {
    const result = await create(
      validPayment({
        language: 'cy',
        delayed_capture: true,
        moto: false,
        email: 'citizen@example.org',
        metadata: { ledger_code: 'AB100', count: 3, rate: 1.5, reconciled: true },
      }),
    )
    expect(result.status).toBe(201)
    expect(result.json).toMatchObject({
      language: 'cy',
      delayed_capture: true,
      moto: false,
      email: 'citizen@example.org',
      metadata: { ledger_code: 'AB100', count: 3, rate: 1.5, reconciled: true },
    })
    expect(result.json).not.toHaveProperty('card_details')
  })

  it('shows prefilled cardholder details as card_details with all eight keys', async () => {
    const result = await create(
      validPayment({
        prefilled_cardholder_details: {
          cardholder_name: 'J. Bogs',
          billing_address: { line1: 'address line 1', line2: null, postcode: 'AB1 CD2', city: 'address city', country: 'GB' },
        },
      }),
    )
    expect(result.status).toBe(201)
    expect(result.json.card_details).toStrictEqual({
      last_digits_card_number: null,
      first_digits_card_number: null,
      cardholder_name: 'J. Bogs',
      expiry_date: null,
      billing_address: { line1: 'address line 1', postcode: 'AB1 CD2', city: 'address city', country: 'GB' },
      card_brand: '',
      card_type: null,
      wallet_type: null,
    })
    expect(result.json).not.toHaveProperty('card_brand')
    expect(result.json.state).toStrictEqual({ status: 'created', finished: false })
  })

  it('shows a prefilled name alone with a null billing_address', async () => {
    const result = await create(validPayment({ prefilled_cardholder_details: { cardholder_name: 'J. Bogs' } }))
    expect(result.json.card_details).toMatchObject({ cardholder_name: 'J. Bogs', billing_address: null })
  })

  it('accepts metadata {} and does not show it', async () => {
    const result = await create(validPayment({ metadata: {} }))
    expect(result.status).toBe(201)
    expect(result.json).not.toHaveProperty('metadata')
  })

  it('leaves out an empty or blank email', async () => {
    for (const email of ['', '   ', null]) {
      const result = await create(validPayment({ email }))
      expect(result.status).toBe(201)
      expect(result.json).not.toHaveProperty('email')
    }
  })

  it('ignores unknown properties', async () => {
    const result = await create(validPayment({ unknown: { nested: true }, card_number: '4242424242424242', Amount: 'x' }))
    expect(result.status).toBe(201)
    expect(result.json).not.toHaveProperty('unknown')
    expect(result.json).not.toHaveProperty('card_number')
  })

  it('uses the last value of a duplicated key and ignores what follows the body', async () => {
    const result = await createRaw(`${rawBody({ amount: '"not a number"' }).slice(0, -1)},"amount":250,"reference":"last"} trailing`)
    expect(result.status).toBe(201)
    expect(result.json).toMatchObject({ amount: 250, reference: 'last' })
  })

  it.each([
    'http://localhost:3000/x',
    'https://your.service.gov.uk/completed',
    'http://127.0.0.1/x',
    'https://my.service.internal/x',
  ])('accepts the return_url %s and shows it', async (returnUrl) => {
    const result = await create(validPayment({ return_url: returnUrl }))
    expect(result.status).toBe(201)
    expect(result.json.return_url).toBe(returnUrl)
  })

  it('accepts the amount limits 1 and 10000000', async () => {
    expect((await create(validPayment({ amount: 1 }))).json.amount).toBe(1)
    expect((await create(validPayment({ amount: 10000000 }))).json.amount).toBe(10000000)
  })

  it('accepts and ignores a valid Idempotency-Key for a web payment', async () => {
    const first = await create(validPayment(), { 'Idempotency-Key': 'abc-123' })
    const second = await create(validPayment(), { 'Idempotency-Key': 'abc-123' })
    expect([first.status, second.status]).toStrictEqual([201, 201])
    expect(second.json.payment_id).not.toBe(first.json.payment_id)
  })

  it('accepts moto on a service that takes MOTO payments', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { moto: true } })
    const result = await create(validPayment({ moto: true }))
    expect(result.status).toBe(201)
    expect(result.json.moto).toBe(true)
  })

  it('creates a payment that can be read back at its Location', async () => {
    const created = await create(validPayment({ email: 'citizen@example.org' }))
    const location = created.headers.get('Location') ?? ''
    const read = await api('GET', location.slice(API.length), { key })
    expect(read.status).toBe(200)
    const { _links: createdLinks, ...createdFields } = created.json
    const { _links: readLinks, ...readFields } = read.json
    expect(readFields).toStrictEqual(createdFields)
    expect(readLinks.self).toStrictEqual(createdLinks.self)
  })

  it('gives each payment a new id and hosted-page token', async () => {
    const first = (await create(validPayment())).json
    const second = (await create(validPayment())).json
    expect(second.payment_id).not.toBe(first.payment_id)
    expect(second._links.next_url.href).not.toBe(first._links.next_url.href)
  })
})

describe('POST /v1/payments: malformed JSON', () => {
  it.each([
    ['an unfinished body', '{"amount":'],
    ['an unquoted key', '{amount:1}'],
    ['a hexadecimal literal', rawBody({ amount: '0x10' })],
    ['an octal literal', rawBody({ amount: '010' })],
    ['a binary literal', rawBody({ amount: '0b1' })],
    ['a URL-encoded null', rawBody({ amount: '%00' })],
    ['single quotes', "{'amount':1}"],
    ['a trailing comma', `${rawBody({}).slice(0, -1)},}`],
    ['NaN', rawBody({ amount: 'NaN' })],
    ['a bad escape', rawBody({ reference: '"\\x"' })],
  ])('refuses %s with 400 P0197 and no field', async (_name, text) => {
    await expectRefusal(await createRaw(text), 400, { code: 'P0197', description: 'Unable to parse JSON' })
  })
})

describe('POST /v1/payments: step 1, the parser', () => {
  it.each([
    ['missing', undefined],
    ['null', 'null'],
  ])('requires an amount (%s)', async (_name, value) => {
    await expectRefusal(await createRaw(rawBody({ amount: value })), 400, missing('amount'))
  })

  it.each([
    ['a string', '"100"'],
    ['a float', '100.5'],
    ['a whole float', '100.0'],
    ['an exponent', '1e2'],
    ['a number beyond 32 bits', '2147483648'],
    ['an object', '{"value":100}'],
  ])('refuses an amount that is %s', async (_name, value) => {
    await expectRefusal(await createRaw(rawBody({ amount: value })), 400, invalid('amount', 'Must be a valid numeric format'))
  })

  describe.each(['reference', 'description'])('%s', (field) => {
    it.each([
      ['missing', undefined],
      ['null', 'null'],
      ['empty', '""'],
      ['blank', '"   "'],
    ])('is required (%s)', async (_name, value) => {
      await expectRefusal(await createRaw(rawBody({ [field]: value })), 400, missing(field))
    })

    it.each(['5', 'true', '{}', '["x"]'])('must be a string, not %s', async (value) => {
      await expectRefusal(await createRaw(rawBody({ [field]: value })), 400, invalid(field, 'Must be a valid string format'))
    })

    it.each(['<', '>', '|'])('may not contain %s', async (character) => {
      await expectRefusal(
        await create(validPayment({ [field]: `Pay ${character} now` })),
        400,
        invalid(field, 'Must be a valid string format'),
      )
    })
  })

  it.each([5, true, {}, ['https://example.com']])('refuses a return_url that is not a string: %j', async (value) => {
    await expectRefusal(await create(validPayment({ return_url: value })), 400, invalid('return_url', 'Must be a valid URL format'))
  })

  it.each(['moto', 'delayed_capture'])('requires %s to be true or false', async (field) => {
    for (const value of ['true', 1, null]) {
      await expectRefusal(await create(validPayment({ [field]: value })), 400, invalid(field, 'Must be true or false'))
    }
  })

  it.each([5, '', '  ', null])('refuses a language that is not text: %j, with 400', async (language) => {
    await expectRefusal(await create(validPayment({ language })), 400, invalid('language', 'Must be "en" or "cy"'))
  })

  it.each(['fr', 'EN'])('refuses the unsupported language %s with 422', async (language) => {
    await expectRefusal(await create(validPayment({ language })), 422, invalid('language', 'Must be "en" or "cy"'))
  })

  it.each([5, true, { address: 'a@b.c' }])('refuses an email that is not a string: %j', async (email) => {
    await expectRefusal(await create(validPayment({ email })), 400, invalid('email', 'Field must be a string'))
  })

  it.each([
    ['cardholder_name', { cardholder_name: 5 }],
    ['line1', { billing_address: { line1: 5 } }],
    ['line2', { billing_address: { line2: true } }],
    ['city', { billing_address: { city: [] } }],
    ['postcode', { billing_address: { postcode: {} } }],
    ['country', { billing_address: { country: 44 } }],
  ])('refuses a prefilled %s that is not a string, naming the leaf', async (field, details) => {
    await expectRefusal(
      await create(validPayment({ prefilled_cardholder_details: details })),
      400,
      invalid(field, 'Field must be a string'),
    )
  })

  describe('metadata', () => {
    const refusal = async (metadata: unknown, message: string) =>
      expectRefusal(await create(validPayment({ metadata })), 422, invalid('metadata', message))

    it('must be an object', async () => {
      for (const metadata of ['text', 5, true, [], [{ a: 1 }]]) {
        await refusal(metadata, 'Must be an object of JSON key-value pairs')
      }
    })

    it('must not be null', async () => {
      await refusal(null, 'Value must not be null')
    })

    it('may have at most 15 pairs', async () => {
      const pairs = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, i]))
      expect((await create(validPayment({ metadata: pairs(15) }))).status).toBe(201)
      await simulator.db().payments.clear()
      await simulator.db().tokens.clear()
      await refusal(pairs(16), 'Cannot have more than 15 key-value pairs')
    })

    it.each([
      ['a key of 31 characters', { ['k'.repeat(31)]: 'v' }, 'Keys must be between 1 and 30 characters long'],
      ['an empty key', { '': 'v' }, 'Keys must be between 1 and 30 characters long'],
      ['an object value', { k: { nested: 'v' } }, 'Values must be of type String, Boolean or Number'],
      ['an array value', { k: [1, 2] }, 'Values must be of type String, Boolean or Number'],
      ['a value of 101 characters', { k: 'v'.repeat(101) }, 'Values must be no greater than 100 characters long'],
      ['a null value', { k: null }, 'Must not have null values'],
      ['keys that differ only in case', { Ref: '1', ref: '2' }, 'Must have case insensitive unique keys'],
    ])('refuses %s', async (_name, metadata, message) => {
      await refusal(metadata, message)
    })

    it('reports several broken constraints together, joined with ". "', async () => {
      const result = await create(validPayment({ metadata: { k: null, ['k'.repeat(31)]: 'v' } }))
      const prefix = 'Invalid attribute value: metadata. '
      expect(result.status).toBe(422)
      expect(Object.keys(result.json)).toStrictEqual(['field', 'code', 'description'])
      expect(result.json).toMatchObject({ field: 'metadata', code: 'P0102' })
      expect(result.json.description.startsWith(prefix)).toBe(true)
      expect(result.json.description.slice(prefix.length).split('. ').sort()).toStrictEqual(
        ['Keys must be between 1 and 30 characters long', 'Must not have null values'].sort(),
      )
    })
  })

  it.each([5, '', null])('refuses an authorisation_mode that is not text: %j, with 400', async (mode) => {
    await expectRefusal(
      await create(validPayment({ authorisation_mode: mode })),
      400,
      invalid('authorisation_mode', 'Must be one of web, moto_api, agreement'),
    )
  })

  it('refuses the authorisation_mode external with 422', async () => {
    await expectRefusal(
      await create(validPayment({ authorisation_mode: 'external' })),
      422,
      invalid('authorisation_mode', 'Must be one of web, moto_api, agreement'),
    )
  })

  it('refuses agreement_id outside agreement mode, and a bad one in it', async () => {
    const agreement = { return_url: undefined, authorisation_mode: 'agreement' }
    await expectRefusal(await create(validPayment({ agreement_id: 'a'.repeat(26) })), 400, unexpected('agreement_id'))
    await expectRefusal(await create(validPayment({ ...agreement, agreement_id: '' })), 400, missing('agreement_id'))
    await expectRefusal(
      await create(validPayment({ ...agreement, agreement_id: 5 })),
      400,
      invalid('agreement_id', 'Must be a valid string format'),
    )
  })

  it('refuses agreement_payment_type where it is not expected, of the wrong type or unknown', async () => {
    const message = 'Must be one of instalment, recurring, unscheduled'
    await expectRefusal(await create(validPayment({ agreement_payment_type: 'recurring' })), 400, unexpected('agreement_payment_type'))
    await expectRefusal(await create(validPayment({ agreement_payment_type: 5 })), 400, invalid('agreement_payment_type', message))
    await expectRefusal(
      await create(validPayment({ set_up_agreement: 'a'.repeat(26), agreement_payment_type: 'weekly' })),
      422,
      invalid('agreement_payment_type', message),
    )
  })

  it('reports the first problem in the order the fields are read', async () => {
    await expectRefusal(
      await create({ reference: '<b>', description: 5, amount: 'x' }),
      400,
      invalid('amount', 'Must be a valid numeric format'),
    )
    await expectRefusal(
      await create({ metadata: null, email: 5, language: 'fr', amount: 100, reference: 'r' }),
      400,
      missing('description'),
    )
    await expectRefusal(
      await create(validPayment({ metadata: null, email: 5, language: 'fr' })),
      422,
      invalid('language', 'Must be "en" or "cy"'),
    )
    await expectRefusal(
      await create(validPayment({ metadata: null, email: 5 })),
      400,
      invalid('email', 'Field must be a string'),
    )
  })
})

describe('POST /v1/payments: step 2, limits', () => {
  const tooLong = (field: string, max: number) => invalid(field, `Must be less than or equal to ${max} characters length`)

  it.each([
    [-1, 'Must be greater than or equal to 1'],
    [-2147483648, 'Must be greater than or equal to 1'],
    [10000001, 'Must be less than or equal to 10000000'],
    [2147483647, 'Must be less than or equal to 10000000'],
  ])('refuses an amount of %i', async (amount, message) => {
    await expectRefusal(await create(validPayment({ amount })), 422, invalid('amount', message))
  })

  it.each([
    ['reference', { reference: 'r'.repeat(256) }, 255],
    ['description', { description: 'd'.repeat(256) }, 255],
    ['email', { email: `${'e'.repeat(243)}@example.org` }, 254],
    ['return_url', { return_url: `https://example.com/${'p'.repeat(1981)}` }, 2000],
    ['cardholder_name', { prefilled_cardholder_details: { cardholder_name: 'n'.repeat(256) } }, 255],
    ['line1', { prefilled_cardholder_details: { billing_address: { line1: 'l'.repeat(256) } } }, 255],
    ['postcode', { prefilled_cardholder_details: { billing_address: { postcode: 'p'.repeat(26) } } }, 25],
  ])('refuses a %s one character too long', async (field, fields, max) => {
    await expectRefusal(await create(validPayment(fields)), 422, tooLong(field, max))
  })

  it('accepts every text at its limit', async () => {
    const result = await create(
      validPayment({
        reference: 'r'.repeat(255),
        description: 'd'.repeat(255),
        email: `${'e'.repeat(242)}@example.org`,
        return_url: `https://example.com/${'p'.repeat(1980)}`,
        prefilled_cardholder_details: { cardholder_name: 'n'.repeat(255), billing_address: { postcode: 'p'.repeat(25) } },
      }),
    )
    expect(result.status).toBe(201)
  })

  it('refuses a set_up_agreement that is not 26 characters', async () => {
    await expectRefusal(
      await create(validPayment({ set_up_agreement: 'short' })),
      422,
      invalid('set_up_agreement', 'Field [set_up_agreement] length must be 26'),
    )
  })

  it('checks the parser before the limits', async () => {
    await expectRefusal(
      await create(validPayment({ reference: 'r'.repeat(256), language: 5 })),
      400,
      invalid('language', 'Must be "en" or "cy"'),
    )
  })
})

describe('POST /v1/payments: step 3, the Idempotency-Key header', () => {
  const headerError = (message: string) => ({
    header: 'Idempotency-Key',
    code: 'P0102',
    description: `Header [Idempotency-Key] ${message}`,
  })

  it('refuses a key longer than 255 characters', async () => {
    await expectRefusal(
      await create(validPayment(), { 'Idempotency-Key': 'k'.repeat(256) }),
      422,
      headerError('can have a size between 1 and 255'),
    )
  })

  it('refuses an empty key', async () => {
    await expectRefusal(
      await create(validPayment(), { 'Idempotency-Key': '' }),
      422,
      headerError('can have a size between 1 and 255'),
    )
  })

  it.each(['abc_def', 'key!', 'a.b', 'a b'])('refuses the key %j', async (value) => {
    await expectRefusal(
      await create(validPayment(), { 'Idempotency-Key': value }),
      422,
      headerError('can only contain alphanumeric characters and hyphens'),
    )
  })

  it('accepts a key of 255 characters', async () => {
    expect((await create(validPayment(), { 'Idempotency-Key': 'k'.repeat(255) })).status).toBe(201)
  })

  it('checks the limits before the header, and the header before the account', async () => {
    await expectRefusal(
      await create(validPayment({ description: 'd'.repeat(256) }), { 'Idempotency-Key': 'bad key' }),
      422,
      invalid('description', 'Must be less than or equal to 255 characters length'),
    )
    await expectRefusal(
      await create(validPayment({ return_url: undefined, moto: true }), { 'Idempotency-Key': 'bad key' }),
      422,
      headerError('can only contain alphanumeric characters and hyphens'),
    )
  })
})

describe('POST /v1/payments: step 4, the account', () => {
  const MISSING_RETURN_URL = { code: 'P0101', description: 'Missing mandatory attribute: return_url' }

  it.each([
    ['absent', undefined],
    ['null', null],
    ['empty', ''],
  ])('requires a return_url (%s), with no field in the error', async (_name, returnUrl) => {
    await expectRefusal(await create(validPayment({ return_url: returnUrl })), 400, MISSING_RETURN_URL)
  })

  it.each(['not a url', 'ftp://x.com', 'https://example.invalidtld', 'https://example.com/?ref={ref}'])(
    'refuses the return_url %j with 422',
    async (returnUrl) => {
      await expectRefusal(await create(validPayment({ return_url: returnUrl })), 422, invalid('return_url', 'Must be a valid URL format'))
    },
  )

  it('refuses moto on the default service', async () => {
    await expectRefusal(await create(validPayment({ moto: true })), 422, {
      code: 'P0196',
      description: `MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - ${SUPPORT} .`,
    })
  })

  it('refuses an amount of 0', async () => {
    await expectRefusal(await create(validPayment({ amount: 0 })), 422, {
      field: 'amount',
      code: 'P0102',
      description:
        'Invalid attribute value: amount. Must be greater than or equal to 1. Refer to https://docs.payments.service.gov.uk/making_payments/#amount',
    })
  })

  it('refuses the moto_api mode, and a return_url with it', async () => {
    await expectRefusal(await create(validPayment({ authorisation_mode: 'moto_api', return_url: undefined })), 422, {
      code: 'P0195',
      description: 'Using authorisation_mode of moto_api is not allowed for this account',
    })
    await expectRefusal(await create(validPayment({ authorisation_mode: 'moto_api' })), 400, unexpected('return_url'))
  })

  const RECURRING = {
    code: 'P0942',
    description: `Recurring card payments are currently disabled for this service. Contact support with your error code - ${SUPPORT}`,
  }

  it('refuses agreement payments, and a return_url with them first', async () => {
    const agreement = { authorisation_mode: 'agreement', agreement_id: 'a'.repeat(26) }
    await expectRefusal(await create(validPayment({ ...agreement, return_url: undefined })), 422, RECURRING)
    await expectRefusal(await create(validPayment({ ...agreement, return_url: undefined, email: 'a@b.c' })), 422, RECURRING)
    await expectRefusal(await create(validPayment(agreement)), 400, unexpected('return_url'))
  })

  it('refuses to set up an agreement', async () => {
    await expectRefusal(await create(validPayment({ set_up_agreement: 'a'.repeat(26) })), 422, RECURRING)
  })

  it('checks the return_url before MOTO, and MOTO before a zero amount', async () => {
    await expectRefusal(
      await create(validPayment({ return_url: 'not a url', moto: true, amount: 0 })),
      422,
      invalid('return_url', 'Must be a valid URL format'),
    )
    expect((await create(validPayment({ moto: true, amount: 0 }))).json.code).toBe('P0196')
  })
})
