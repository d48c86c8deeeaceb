// Creating a payment: the checks the real service makes after parsing (length and range limits,
// the Idempotency-Key header, then connector's checks in its order), and the new payment record.
// An agreement payment sent again with the same Idempotency-Key gives back the first payment.
import { errorFrom } from '../operations/errors/build.ts'
import { ACCOUNT_ERROR } from '../operations/errors/shared.ts'
import { newId, newToken } from '../model/ids.ts'
import type { PaymentRecord } from '../model/types.ts'
import { checkCreatePaymentConstraints, checkIdempotencyKey } from '../rules/create-payment-constraints.ts'
import type { CreatePaymentRequest } from '../rules/create-payment-request.ts'
import { now } from './clock.ts'
import { paymentForKey, requestFingerprint } from './idempotency.ts'
import { newPaymentRecord } from './new-payment.ts'
import { checkAccount, checkReturnUrl, findPaymentAgreement } from './payment-account-checks.ts'
import { findPayment } from './payments.ts'
import { database, inTransaction } from './runtime.ts'

/** A payment created for the hosted pages (or moto_api), with the one-time token of its link. */
export interface CreatedPayment {
  payment: PaymentRecord
  token: string
}

/** What creating a payment through the API gives. */
export interface ApiCreatedPayment {
  payment: PaymentRecord
  /** The one-time token of `next_url` (or, for moto_api, `auth_url_post`); agreement payments have none. */
  token?: string
  /** The payment an earlier request with the same Idempotency-Key created (answered with 200). */
  existing?: true
}

/** Creates a payment that has a one-time link (every mode but `agreement`), as the admin site's test payment does. */
export function createPayment(
  serviceId: string,
  request: CreatePaymentRequest,
  options: { idempotencyKey?: string | null } = {},
): Promise<CreatedPayment> {
  return createApiPayment(serviceId, request, options).then(({ payment, token }) => {
    if (token === undefined) throw new Error('An agreement payment has no one-time link')
    return { payment, token }
  })
}

/** Creates a payment of any mode, as POST /v1/payments does. Checks that fail first throw at once. */
export function createApiPayment(
  serviceId: string,
  request: CreatePaymentRequest,
  options: { idempotencyKey?: string | null } = {},
): Promise<ApiCreatedPayment> {
  checkCreatePaymentConstraints(request)
  const key = options.idempotencyKey ?? null
  checkIdempotencyKey(key)
  checkReturnUrl(request)
  return inTransaction(async () => {
    const db = database()
    const [service, createdAt] = await Promise.all([db.services.get(serviceId), now()])
    const fingerprint = requestFingerprint(request)
    if (key !== null && request.authorisationMode === 'agreement') {
      const earlier = await paymentForKey(serviceId, key, fingerprint, createdAt)
      if (earlier) return { payment: (await findPayment(earlier.id)) ?? earlier, existing: true }
    }
    if (!service) throw errorFrom(ACCOUNT_ERROR)
    checkAccount(request, service.settings)
    const linked = await findPaymentAgreement(serviceId, request)
    const payment = await newPaymentRecord(newId(), serviceId, request, createdAt, linked)
    if (key !== null && request.authorisationMode === 'agreement') {
      payment.idempotencyKey = key
      payment.idempotencyFingerprint = fingerprint
    }
    await db.payments.add(payment)
    if (payment.authorisationMode === 'agreement') return { payment }
    const token = newToken()
    await db.tokens.add({ token, paymentId: payment.id, createdAt, used: false })
    return { payment, token }
  })
}
