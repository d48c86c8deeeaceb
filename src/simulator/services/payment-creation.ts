// Creating a payment: the checks the real service makes after parsing (length and range limits,
// the Idempotency-Key header, then the account-level checks), and the new payment record.
import { invalidAttribute, missingAttribute, unexpectedAttribute } from '../model/errors.ts'
import { errorFrom, operationError } from '../operations/errors/build.ts'
import { ACCOUNT_ERROR, RECURRING_DISABLED } from '../operations/errors/shared.ts'
import { createPayment as operation } from '../operations/payments/create-payment.ts'
import { AMOUNT_DOCS_URL } from '../operations/payments/create-payment-errors.ts'
import { newId, newToken } from '../model/ids.ts'
import type { PaymentRecord, ServiceSettings } from '../model/types.ts'
import { checkCreatePaymentConstraints, checkIdempotencyKey } from '../rules/create-payment-constraints.ts'
import { type CreatePaymentRequest, isJavaBlank } from '../rules/create-payment-request.ts'
import { isValidReturnUrl } from '../rules/return-url.ts'
import { now } from './clock.ts'
import { expiryFor } from './payment-lifecycle.ts'
import { database, inTransaction } from './runtime.ts'

export interface CreatedPayment {
  payment: PaymentRecord
  token: string
}

/**
 * The account-level checks (connector's, step 4) in the order the real service makes them: the
 * return URL first (ChargesApiResource), then ChargeService.createCharge's checks. connector
 * treats an empty return_url or a blank email as absent.
 */
function checkAgainstAccount(request: CreatePaymentRequest, settings: ServiceSettings): string {
  const mode = request.authorisationMode ?? 'web'
  const returnUrl = request.returnUrl || undefined
  if (mode !== 'web') {
    if (returnUrl !== undefined) throw unexpectedAttribute('return_url')
    if (mode === 'moto_api') throw operationError(operation, 'P0195')
    if (request.moto && !settings.moto) throw operationError(operation, 'P0196')
    // No simulated service takes recurring card payments, so an agreement payment fails
    // connector's first agreement check, before its checks for a missing agreement_id or an
    // unexpected moto, email or prefilled_cardholder_details.
    throw errorFrom(RECURRING_DISABLED)
  }
  if (returnUrl === undefined) throw missingAttribute(400, 'P0101', 'return_url', false)
  if (!isValidReturnUrl(returnUrl)) throw invalidAttribute(422, 'P0102', 'return_url', 'Must be a valid URL format')
  if (request.moto && !settings.moto) throw operationError(operation, 'P0196')
  if (request.setUpAgreement != null) throw errorFrom(RECURRING_DISABLED)
  if (request.amount === 0) {
    throw invalidAttribute(422, 'P0102', 'amount', `Must be greater than or equal to 1. Refer to ${AMOUNT_DOCS_URL}`)
  }
  return returnUrl
}

export function createPayment(
  serviceId: string,
  request: CreatePaymentRequest,
  options: { idempotencyKey?: string | null } = {},
): Promise<CreatedPayment> {
  checkCreatePaymentConstraints(request)
  checkIdempotencyKey(options.idempotencyKey ?? null)
  return inTransaction(async () => {
    const db = database()
    const [service, createdAt] = await Promise.all([db.services.get(serviceId), now()])
    if (!service) throw errorFrom(ACCOUNT_ERROR)
    const returnUrl = checkAgainstAccount(request, service.settings)
    const payment: PaymentRecord = {
      id: newId(),
      serviceId,
      amount: request.amount,
      description: request.description,
      reference: request.reference,
      referenceKey: request.reference.toLowerCase(),
      language: request.language ?? 'en',
      returnUrl,
      delayedCapture: request.delayedCapture ?? false,
      moto: request.moto ?? false,
      status: 'CREATED',
      state: 'created',
      createdAt,
      updatedAt: createdAt,
      refundedAmount: 0,
      history: [{ status: 'CREATED', at: createdAt }],
    }
    if (request.email != null && !isJavaBlank(request.email)) payment.email = request.email
    if (request.metadata) payment.metadata = request.metadata
    if (request.cardholderName != null || request.billingAddress) {
      payment.cardDetails = {
        lastDigits: null,
        firstDigits: null,
        cardholderName: request.cardholderName ?? null,
        expiryDate: null,
        billingAddress: request.billingAddress ?? null,
        brandLabel: '',
        cardType: null,
      }
    }
    payment.expiresAt = expiryFor(payment, 'CREATED')
    const token = newToken()
    await Promise.all([db.payments.add(payment), db.tokens.add({ token, paymentId: payment.id, createdAt, used: false })])
    return { payment, token }
  })
}
