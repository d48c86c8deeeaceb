// The record of a new payment, from the request as read and checked: a web payment waits for its
// user; an agreement payment is queued at once to be authorised with the agreement's saved card.
import type { PaymentRecord } from '../model/types.ts'
import { type CreatePaymentRequest, isJavaBlank } from '../rules/create-payment-request.ts'
import { AGREEMENT_AUTHORISATION_DELAY_MS } from './agreement-authorisation.ts'
import type { PaymentAgreement } from './payment-account-checks.ts'
import { givenReturnUrl } from './payment-account-checks.ts'
import { advance, expiryFor } from './payment-lifecycle.ts'

export async function newPaymentRecord(
  id: string,
  serviceId: string,
  request: CreatePaymentRequest,
  createdAt: number,
  linked: PaymentAgreement | undefined,
): Promise<PaymentRecord> {
  const mode = request.authorisationMode ?? 'web'
  const payment: PaymentRecord = {
    id,
    serviceId,
    amount: request.amount,
    description: request.description,
    reference: request.reference,
    referenceKey: request.reference.toLowerCase(),
    language: request.language ?? 'en',
    returnUrl: givenReturnUrl(request) ?? '',
    delayedCapture: request.delayedCapture ?? false,
    // connector marks every moto_api payment as MOTO.
    moto: mode === 'moto_api' || (request.moto ?? false),
    status: 'CREATED',
    state: 'created',
    createdAt,
    updatedAt: createdAt,
    refundedAmount: 0,
    history: [{ status: 'CREATED', at: createdAt }],
  }
  if (mode !== 'web') payment.authorisationMode = mode
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
  if (linked) {
    payment.agreementId = linked.agreement.id
    // connector's default when a payment sets up or uses an agreement.
    payment.agreementPaymentType = request.agreementPaymentType ?? 'recurring'
    if (mode === 'web') payment.setUpAgreement = true
  }
  if (mode === 'agreement' && linked?.instrument) {
    payment.paymentInstrumentId = linked.instrument.id
    await advance(payment, ['AUTHORISATION USER NOT PRESENT QUEUED'], createdAt)
    payment.authorisesAt = createdAt + AGREEMENT_AUTHORISATION_DELAY_MS
    return payment
  }
  payment.expiresAt = expiryFor(payment, 'CREATED')
  return payment
}
