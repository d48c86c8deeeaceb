// Steps 2 and 3 of creating a payment (pay-api-contract.md §3.1): the range and length limits on
// the parsed request (422 P0102 with the field), then the Idempotency-Key header (422 P0102 with
// `header` and no `field`). Lengths are counted in UTF-16 units, as Java counts them.
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import {
  checkCreatePaymentConstraints,
  checkIdempotencyKey,
  MAX_AMOUNT,
} from '../../../../src/simulator/rules/create-payment-constraints.ts'
import type { CreatePaymentRequest } from '../../../../src/simulator/rules/create-payment-request.ts'

const request = (overrides: Partial<CreatePaymentRequest> = {}): CreatePaymentRequest => ({
  amount: 14500,
  reference: 'REF-12345',
  description: 'Pay your council tax',
  returnUrl: 'https://your.service.gov.uk/completed',
  ...overrides,
})

function rejection(check: () => void): { status: number; body: Record<string, string> } {
  try {
    check()
  } catch (error) {
    if (error instanceof PayApiError) return { status: error.status, body: error.toJSON() }
    throw error
  }
  throw new Error('the check passed')
}

const violation = (field: string, message: string) => ({
  status: 422,
  body: { field, code: 'P0102', description: `Invalid attribute value: ${field}. ${message}` },
})

const tooLong = (field: string, max: number) => violation(field, `Must be less than or equal to ${max} characters length`)

describe('checkCreatePaymentConstraints', () => {
  it('accepts a request within every limit', () => {
    expect(() => checkCreatePaymentConstraints(request())).not.toThrow()
  })

  it.each([0, 1, MAX_AMOUNT])('accepts an amount of %i (0 is for the account check to refuse)', (amount) => {
    expect(() => checkCreatePaymentConstraints(request({ amount }))).not.toThrow()
  })

  it.each([-1, -100, -2147483648])('refuses a negative amount, %i', (amount) => {
    expect(rejection(() => checkCreatePaymentConstraints(request({ amount })))).toStrictEqual(
      violation('amount', 'Must be greater than or equal to 1'),
    )
  })

  it.each([10000001, 2147483647])('refuses an amount of %i', (amount) => {
    expect(rejection(() => checkCreatePaymentConstraints(request({ amount })))).toStrictEqual(
      violation('amount', 'Must be less than or equal to 10000000'),
    )
  })

  it.each([
    ['reference', 'reference', 255],
    ['description', 'description', 255],
    ['email', 'email', 254],
    ['returnUrl', 'return_url', 2000],
    ['cardholderName', 'cardholder_name', 255],
  ] as const)('accepts %s at its limit and refuses it one character over', (property, field, max) => {
    expect(() => checkCreatePaymentConstraints(request({ [property]: 'x'.repeat(max) }))).not.toThrow()
    expect(rejection(() => checkCreatePaymentConstraints(request({ [property]: 'x'.repeat(max + 1) })))).toStrictEqual(
      tooLong(field, max),
    )
  })

  it.each([
    ['line1', 255],
    ['line2', 255],
    ['city', 255],
    ['postcode', 25],
  ] as const)('accepts the billing address %s at its limit and refuses it one character over', (name, max) => {
    const withAddress = (length: number) => request({ billingAddress: { [name]: 'x'.repeat(length) } })
    expect(() => checkCreatePaymentConstraints(withAddress(max))).not.toThrow()
    expect(rejection(() => checkCreatePaymentConstraints(withAddress(max + 1)))).toStrictEqual(tooLong(name, max))
  })

  it('puts no limit on the billing address country', () => {
    expect(() => checkCreatePaymentConstraints(request({ billingAddress: { country: 'x'.repeat(5000) } }))).not.toThrow()
  })

  it('counts characters as UTF-16 units, as Java does', () => {
    expect(() => checkCreatePaymentConstraints(request({ reference: '😀'.repeat(127) + 'x' }))).not.toThrow()
    expect(rejection(() => checkCreatePaymentConstraints(request({ reference: '😀'.repeat(128) })))).toStrictEqual(
      tooLong('reference', 255),
    )
  })

  it.each([
    ['setUpAgreement', 'set_up_agreement'],
    ['agreementId', 'agreement_id'],
  ] as const)('accepts %s of exactly 26 characters only', (property, field) => {
    expect(() => checkCreatePaymentConstraints(request({ [property]: 'a'.repeat(26) }))).not.toThrow()
    for (const value of ['', 'a'.repeat(25), 'a'.repeat(27)]) {
      expect(rejection(() => checkCreatePaymentConstraints(request({ [property]: value })))).toStrictEqual(
        violation(field, `Field [${field}] length must be 26`),
      )
    }
  })

  it('ignores absent and null optional values', () => {
    expect(() =>
      checkCreatePaymentConstraints(
        request({ email: null, returnUrl: null, cardholderName: null, setUpAgreement: null, billingAddress: {} }),
      ),
    ).not.toThrow()
  })
})

describe('checkIdempotencyKey', () => {
  const headerError = (message: string) => ({
    status: 422,
    body: { header: 'Idempotency-Key', code: 'P0102', description: `Header [Idempotency-Key] ${message}` },
  })

  it.each([null, 'a', 'abc-DEF-123', '---', '0'])('accepts %j', (key) => {
    expect(() => checkIdempotencyKey(key)).not.toThrow()
  })

  it('accepts a key of 255 characters', () => {
    expect(() => checkIdempotencyKey('k'.repeat(255))).not.toThrow()
  })

  it.each([0, 256, 1000])('refuses a key of %i characters by its size', (length) => {
    expect(rejection(() => checkIdempotencyKey('k'.repeat(length)))).toStrictEqual(
      headerError('can have a size between 1 and 255'),
    )
  })

  it.each(['abc_def', 'a b', 'a.b', 'key!', 'ключ', 'a+b', 'a/b'])('refuses %j by its characters', (key) => {
    expect(rejection(() => checkIdempotencyKey(key))).toStrictEqual(
      headerError('can only contain alphanumeric characters and hyphens'),
    )
  })
})
