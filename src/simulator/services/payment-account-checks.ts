// The checks connector makes when a payment is created, after pay-publicapi has read the body, in
// connector's order (ChargesApiResource.createNewCharge, then ChargeService.createCharge): the
// return URL for the mode, then the account (MOTO or the authorisation API), the agreement options,
// a zero amount, and finally the agreement itself. The first problem is the answer.
import { accountFeatures } from '../model/account-features.ts'
import { invalidAttribute, missingAttribute, unexpectedAttribute } from '../model/errors.ts'
import type { AgreementRecord, PaymentInstrumentRecord } from '../model/recurring-types.ts'
import type { ServiceSettings } from '../model/types.ts'
import { operationError } from '../operations/errors/build.ts'
import { createPayment as operation } from '../operations/payments/create-payment.ts'
import { AMOUNT_DOCS_URL } from '../operations/payments/create-payment-errors.ts'
import { type CreatePaymentRequest, isJavaBlank } from '../rules/create-payment-request.ts'
import { isValidReturnUrl } from '../rules/return-url.ts'
import { activeInstrument } from './payment-instruments.ts'
import { database } from './runtime.ts'

/** The agreement a payment sets up or is taken with, and (mode agreement) the card it uses. */
export interface PaymentAgreement {
  agreement: AgreementRecord
  instrument?: PaymentInstrumentRecord
}

/** connector treats an empty return_url as absent (ChargeCreateRequest.getReturnUrl). */
export const givenReturnUrl = (request: CreatePaymentRequest): string | undefined => request.returnUrl || undefined

/** Step one, in the resource before anything else: the return URL a mode needs or refuses. */
export function checkReturnUrl(request: CreatePaymentRequest): void {
  const returnUrl = givenReturnUrl(request)
  if ((request.authorisationMode ?? 'web') !== 'web') {
    if (returnUrl !== undefined) throw unexpectedAttribute('return_url')
    return
  }
  if (returnUrl === undefined) throw missingAttribute(400, 'P0101', 'return_url', false)
  if (!isValidReturnUrl(returnUrl)) throw invalidAttribute(422, 'P0102', 'return_url', 'Must be a valid URL format')
}

/** checkAgreementOptions: what each mode allows, with recurring payments needed for agreements. */
function checkAgreementOptions(request: CreatePaymentRequest, recurring: boolean): void {
  const mode = request.authorisationMode ?? 'web'
  const setUp = request.setUpAgreement != null
  if (mode === 'agreement') {
    if (!recurring) throw operationError(operation, 'P0942')
    if (request.agreementId === undefined) throw operationError(operation, 'P0101', 'agreement-id-missing')
    if (setUp) throw unexpectedAttribute('set_up_agreement')
    if (request.moto) throw unexpectedAttribute('moto')
    if (request.email != null && !isJavaBlank(request.email)) throw unexpectedAttribute('email')
    if (request.cardholderName != null || request.billingAddress) throw unexpectedAttribute('prefilled_cardholder_details')
  } else if (mode === 'web') {
    if (setUp && !recurring) throw operationError(operation, 'P0942')
  } else if (setUp) {
    throw unexpectedAttribute('set_up_agreement')
  }
}

/** Step two, the account-level checks, before the agreement is looked up. */
export function checkAccount(request: CreatePaymentRequest, settings: ServiceSettings): void {
  const features = accountFeatures(settings)
  if (request.authorisationMode === 'moto_api') {
    if (!features.authorisationApi) throw operationError(operation, 'P0195')
  } else if (request.moto && !settings.moto) {
    throw operationError(operation, 'P0196')
  }
  checkAgreementOptions(request, features.recurringPayments)
  if (request.amount === 0) {
    throw invalidAttribute(422, 'P0102', 'amount', `Must be greater than or equal to 1. Refer to ${AMOUNT_DOCS_URL}`)
  }
}

/** Step three: the agreement of the service, and for an agreement payment its active card. Inside a transaction. */
export async function findPaymentAgreement(serviceId: string, request: CreatePaymentRequest): Promise<PaymentAgreement | undefined> {
  const agreementId = request.setUpAgreement ?? request.agreementId
  if (agreementId == null) return undefined
  const agreement = await database().agreements.get(agreementId)
  if (agreement?.serviceId !== serviceId) throw operationError(operation, 'P0102', 'agreement-unknown', { field: 'agreement_id' })
  if (request.authorisationMode !== 'agreement') return { agreement }
  const instrument = await activeInstrument(agreement.id)
  if (!instrument) throw operationError(operation, 'P0102', 'agreement-inactive', { field: 'agreement_id' })
  return { agreement, instrument }
}
