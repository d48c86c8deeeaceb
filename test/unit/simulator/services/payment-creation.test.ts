// Creating a payment after parsing (pay-api-contract.md §3.1): step 2 (limits), step 3 (the
// Idempotency-Key header), then step 4, the account checks connector makes, in connector's order:
// the return URL (ChargesApiResource), then ChargeService.createCharge (MOTO, agreement options,
// zero amount). A new payment is stored with its hosted-page token and a CREATED event; a refused
// one stores nothing.
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import type { CreatePaymentRequest } from '../../../../src/simulator/rules/create-payment-request.ts'
import { AMOUNT_DOCS_URL } from '../../../../src/simulator/operations/payments/create-payment-errors.ts'
import { createPayment } from '../../../../src/simulator/services/payment-creation.ts'
import { UNFINISHED_EXPIRY_MS } from '../../../../src/simulator/services/payment-lifecycle.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { useSimulator } from '../../../support/simulator.ts'

const simulator = useSimulator()

const RETURN_URL = 'https://your.service.gov.uk/completed'
const AGREEMENT_ID = 'a'.repeat(26)

const request = (overrides: Partial<CreatePaymentRequest> = {}): CreatePaymentRequest => ({
  amount: 14500,
  reference: 'REF-12345',
  description: 'Pay your council tax',
  returnUrl: RETURN_URL,
  ...overrides,
})

interface Rejection {
  status: number
  body: Record<string, string>
}

async function create(overrides: Partial<CreatePaymentRequest> = {}, idempotencyKey?: string | null) {
  const service = await ensureCurrentService()
  return createPayment(service.id, request(overrides), { idempotencyKey })
}

async function rejection(overrides: Partial<CreatePaymentRequest>, idempotencyKey?: string | null): Promise<Rejection> {
  try {
    await create(overrides, idempotencyKey)
  } catch (error) {
    if (error instanceof PayApiError) return { status: error.status, body: error.toJSON() }
    throw error
  }
  throw new Error('the payment was created')
}

async function storedCounts() {
  const db = simulator.db()
  return { payments: await db.payments.count(), tokens: await db.tokens.count(), refunds: await db.refunds.count() }
}

const SUPPORT = 'https://www.payments.service.gov.uk/support/'
const MISSING_RETURN_URL: Rejection = {
  status: 400,
  body: { code: 'P0101', description: 'Missing mandatory attribute: return_url' },
}
const INVALID_RETURN_URL: Rejection = {
  status: 422,
  body: { field: 'return_url', code: 'P0102', description: 'Invalid attribute value: return_url. Must be a valid URL format' },
}
const UNEXPECTED_RETURN_URL: Rejection = {
  status: 400,
  body: { code: 'P0104', description: 'Unexpected attribute: return_url' },
}
const MOTO_NOT_ENABLED: Rejection = {
  status: 422,
  body: {
    code: 'P0196',
    description: `MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - ${SUPPORT} .`,
  },
}
const MOTO_API_NOT_ALLOWED: Rejection = {
  status: 422,
  body: { code: 'P0195', description: 'Using authorisation_mode of moto_api is not allowed for this account' },
}
const RECURRING_NOT_ENABLED: Rejection = {
  status: 422,
  body: {
    code: 'P0942',
    description: `Recurring card payments are currently disabled for this service. Contact support with your error code - ${SUPPORT}`,
  },
}
const ZERO_AMOUNT: Rejection = {
  status: 422,
  body: {
    field: 'amount',
    code: 'P0102',
    description:
      'Invalid attribute value: amount. Must be greater than or equal to 1. Refer to https://docs.payments.service.gov.uk/making_payments/#amount',
  },
}

describe('createPayment: the new payment', () => {
  it('stores a created web payment with the defaults', async () => {
    const service = await ensureCurrentService()
    const before = Date.now()
    const { payment, token } = await create({ reference: 'Ref-ABC' })
    expect(payment.id).toMatch(/^[0-9a-v]{26}$/)
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(payment.createdAt).toBeGreaterThanOrEqual(before)
    expect(payment).toStrictEqual({
      id: payment.id,
      serviceId: service.id,
      amount: 14500,
      description: 'Pay your council tax',
      reference: 'Ref-ABC',
      referenceKey: 'ref-abc',
      language: 'en',
      returnUrl: RETURN_URL,
      delayedCapture: false,
      moto: false,
      status: 'CREATED',
      state: 'created',
      createdAt: payment.createdAt,
      updatedAt: payment.createdAt,
      refundedAmount: 0,
      expiresAt: payment.createdAt + UNFINISHED_EXPIRY_MS,
      history: [{ status: 'CREATED', at: payment.createdAt }],
    })
    const db = simulator.db()
    expect(await db.payments.get(payment.id)).toStrictEqual(payment)
    expect(await db.tokens.get(token)).toStrictEqual({ token, paymentId: payment.id, createdAt: payment.createdAt, used: false })
  })

  it('keeps the language, delayed capture, email and metadata sent', async () => {
    const { payment } = await create({
      language: 'cy',
      delayedCapture: true,
      email: 'citizen@example.org',
      metadata: { ledger_code: 'AB100', reconciled: true, count: 3 },
    })
    expect(payment).toMatchObject({
      language: 'cy',
      delayedCapture: true,
      email: 'citizen@example.org',
      metadata: { ledger_code: 'AB100', reconciled: true, count: 3 },
    })
  })

  it.each([
    ['null', null],
    ['empty', ''],
    ['blank', ' \t '],
  ])('stores no email when it is %s, as connector ignores a blank one', async (_name, email) => {
    const { payment } = await create({ email })
    expect(payment).not.toHaveProperty('email')
  })

  it('makes each payment its own id and token', async () => {
    const first = await create()
    const second = await create()
    expect(second.payment.id).not.toBe(first.payment.id)
    expect(second.token).not.toBe(first.token)
  })

  it('stores prefilled cardholder details as card details with no card yet', async () => {
    const address = { line1: '1 High St', line2: 'Flat 2', postcode: 'AB1 2CD', city: 'Town', country: 'GB' }
    const { payment } = await create({ cardholderName: 'J. Bogs', billingAddress: address })
    expect(payment.cardDetails).toStrictEqual({
      lastDigits: null,
      firstDigits: null,
      cardholderName: 'J. Bogs',
      expiryDate: null,
      billingAddress: address,
      brandLabel: '',
      cardType: null,
    })
  })

  it('stores a prefilled name without an address, and an address without a name', async () => {
    expect((await create({ cardholderName: 'J. Bogs' })).payment.cardDetails).toMatchObject({
      cardholderName: 'J. Bogs',
      billingAddress: null,
    })
    expect((await create({ billingAddress: { city: 'Town' } })).payment.cardDetails).toMatchObject({
      cardholderName: null,
      billingAddress: { city: 'Town' },
    })
    expect((await create({ cardholderName: null })).payment).not.toHaveProperty('cardDetails')
  })

  it('accepts moto on a service that takes MOTO payments', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { moto: true } })
    expect((await create({ moto: true })).payment.moto).toBe(true)
  })

  it('accepts a valid Idempotency-Key and ignores it for web payments', async () => {
    const first = await create({}, 'key-1')
    const second = await create({}, 'key-1')
    expect(second.payment.id).not.toBe(first.payment.id)
  })

  it('refuses a payment for a service that does not exist', async () => {
    await expect(createPayment('0'.repeat(26), request())).rejects.toMatchObject({
      status: 500,
      code: 'P0199',
      description: `There is an error with this account. Contact support with your error code - ${SUPPORT} .`,
    })
  })
})

describe('createPayment: step 4, web payments', () => {
  it.each([
    ['absent', undefined],
    ['null', null],
    ['empty', ''],
  ])('requires a return_url (%s), with no field in the error', async (_name, returnUrl) => {
    expect(await rejection({ returnUrl })).toStrictEqual(MISSING_RETURN_URL)
  })

  it.each(['not a url', 'ftp://x.com', 'https://example.invalidtld', ' ', 'https://example.com/?ref={ref}'])(
    'refuses the return_url %j',
    async (returnUrl) => {
      expect(await rejection({ returnUrl })).toStrictEqual(INVALID_RETURN_URL)
    },
  )

  it.each(['http://localhost:3000/x', 'https://your.service.gov.uk/completed', 'http://127.0.0.1/x', 'https://my.service.internal/x'])(
    'accepts the return_url %s',
    async (returnUrl) => {
      expect((await create({ returnUrl })).payment.returnUrl).toBe(returnUrl)
    },
  )

  it('refuses moto on a service without MOTO payments', async () => {
    expect(await rejection({ moto: true })).toStrictEqual(MOTO_NOT_ENABLED)
    expect((await create({ moto: false })).payment.moto).toBe(false)
  })

  it('refuses an amount of 0', async () => {
    expect(await rejection({ amount: 0 })).toStrictEqual(ZERO_AMOUNT)
    expect(ZERO_AMOUNT.body.description).toContain(AMOUNT_DOCS_URL)
  })

  it('refuses to set up an agreement, as no service takes recurring payments', async () => {
    expect(await rejection({ setUpAgreement: AGREEMENT_ID })).toStrictEqual(RECURRING_NOT_ENABLED)
  })

  it('checks the return_url, then MOTO, then agreements, then a zero amount', async () => {
    const everything = { returnUrl: 'ftp://x.com', moto: true, setUpAgreement: AGREEMENT_ID, amount: 0 }
    expect(await rejection(everything)).toStrictEqual(INVALID_RETURN_URL)
    expect(await rejection({ ...everything, returnUrl: undefined })).toStrictEqual(MISSING_RETURN_URL)
    expect(await rejection({ ...everything, returnUrl: RETURN_URL })).toStrictEqual(MOTO_NOT_ENABLED)
    expect(await rejection({ ...everything, returnUrl: RETURN_URL, moto: false })).toStrictEqual(RECURRING_NOT_ENABLED)
    expect(await rejection({ ...everything, returnUrl: RETURN_URL, moto: false, setUpAgreement: null })).toStrictEqual(
      ZERO_AMOUNT,
    )
  })
})

describe('createPayment: step 4, other authorisation modes', () => {
  it('refuses moto_api, which no simulated service allows', async () => {
    expect(await rejection({ authorisationMode: 'moto_api', returnUrl: undefined })).toStrictEqual(MOTO_API_NOT_ALLOWED)
    expect(await rejection({ authorisationMode: 'moto_api', returnUrl: '' })).toStrictEqual(MOTO_API_NOT_ALLOWED)
    expect(
      await rejection({ authorisationMode: 'moto_api', returnUrl: null, moto: true, setUpAgreement: AGREEMENT_ID, amount: 0 }),
    ).toStrictEqual(MOTO_API_NOT_ALLOWED)
  })

  it.each(['moto_api', 'agreement'] as const)('refuses a return_url with %s, before anything else', async (mode) => {
    expect(await rejection({ authorisationMode: mode, returnUrl: RETURN_URL, moto: true })).toStrictEqual(
      UNEXPECTED_RETURN_URL,
    )
    expect(await rejection({ authorisationMode: mode, returnUrl: 'not a url' })).toStrictEqual(UNEXPECTED_RETURN_URL)
  })

  it('refuses agreement payments, as no service takes recurring payments', async () => {
    expect(await rejection({ authorisationMode: 'agreement', returnUrl: undefined, agreementId: AGREEMENT_ID })).toStrictEqual(
      RECURRING_NOT_ENABLED,
    )
  })

  it('refuses an agreement payment with moto on a service without MOTO payments first', async () => {
    expect(
      await rejection({ authorisationMode: 'agreement', returnUrl: undefined, agreementId: AGREEMENT_ID, moto: true }),
    ).toStrictEqual(MOTO_NOT_ENABLED)
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { moto: true } })
    expect(
      await rejection({ authorisationMode: 'agreement', returnUrl: undefined, agreementId: AGREEMENT_ID, moto: true }),
    ).toStrictEqual(RECURRING_NOT_ENABLED)
  })

  it.each([
    ['no agreement_id', {}],
    ['an email', { agreementId: AGREEMENT_ID, email: 'a@b.c' }],
    ['prefilled details', { agreementId: AGREEMENT_ID, cardholderName: 'J. Bogs' }],
    ['set_up_agreement', { agreementId: AGREEMENT_ID, setUpAgreement: AGREEMENT_ID }],
    ['an amount of 0', { agreementId: AGREEMENT_ID, amount: 0 }],
  ])('refuses an agreement payment with %s as recurring payments are disabled, the check connector makes first', async (_name, fields) => {
    expect(await rejection({ authorisationMode: 'agreement', returnUrl: undefined, ...fields })).toStrictEqual(
      RECURRING_NOT_ENABLED,
    )
  })
})

describe('createPayment: step order and storage', () => {
  it('checks the limits (step 2), then the Idempotency-Key (step 3), then the account (step 4)', async () => {
    const tooLong = { reference: 'r'.repeat(256), returnUrl: undefined }
    expect(await rejection(tooLong, 'bad key!')).toStrictEqual({
      status: 422,
      body: {
        field: 'reference',
        code: 'P0102',
        description: 'Invalid attribute value: reference. Must be less than or equal to 255 characters length',
      },
    })
    expect(await rejection({ returnUrl: undefined }, 'bad key!')).toStrictEqual({
      status: 422,
      body: {
        header: 'Idempotency-Key',
        code: 'P0102',
        description: 'Header [Idempotency-Key] can only contain alphanumeric characters and hyphens',
      },
    })
    expect(await rejection({ amount: -1, moto: true })).toMatchObject({ status: 422, body: { field: 'amount' } })
  })

  it('stores nothing when it refuses a payment', async () => {
    const refusals: Array<[Partial<CreatePaymentRequest>, string | null]> = [
      [{ amount: -1 }, null],
      [{}, 'k'.repeat(256)],
      [{ returnUrl: undefined }, null],
      [{ returnUrl: 'not a url' }, null],
      [{ moto: true }, null],
      [{ amount: 0 }, null],
      [{ authorisationMode: 'moto_api', returnUrl: undefined }, null],
      [{ authorisationMode: 'agreement', returnUrl: undefined }, null],
    ]
    for (const [fields, key] of refusals) await rejection(fields, key)
    expect(await storedCounts()).toStrictEqual({ payments: 0, tokens: 0, refunds: 0 })
    await create()
    expect(await storedCounts()).toStrictEqual({ payments: 1, tokens: 1, refunds: 0 })
  })
})
