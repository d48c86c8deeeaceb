// The handler of each operation in the registry. The type makes a missing handler a compile error,
// and gives the operation answered without a key (MOTO authorisation) a handler without a service.
import { buildRoutes, type HandlerMap } from '../route.ts'
import { authorisePaymentHandler } from './authorise-payment.ts'
import { cancelAgreementHandler } from './cancel-agreement.ts'
import { cancelPaymentHandler } from './cancel-payment.ts'
import { capturePaymentHandler } from './capture-payment.ts'
import { createAgreementHandler } from './create-agreement.ts'
import { createPaymentHandler } from './create-payment.ts'
import { createRefundHandler } from './create-refund.ts'
import { getAgreementHandler } from './get-agreement.ts'
import { getPaymentHandler } from './get-payment.ts'
import { getRefundHandler } from './get-refund.ts'
import { paymentEventsHandler } from './payment-events.ts'
import { paymentRefundsHandler } from './payment-refunds.ts'
import { searchAgreementsHandler } from './search-agreements.ts'
import { searchDisputesHandler } from './search-disputes.ts'
import { searchPaymentsHandler } from './search-payments.ts'
import { searchRefundsHandler } from './search-refunds.ts'

const HANDLERS: HandlerMap = {
  createPayment: createPaymentHandler,
  searchPayments: searchPaymentsHandler,
  getPayment: getPaymentHandler,
  getPaymentEvents: paymentEventsHandler,
  cancelPayment: cancelPaymentHandler,
  capturePayment: capturePaymentHandler,
  createRefund: createRefundHandler,
  getPaymentRefunds: paymentRefundsHandler,
  getRefund: getRefundHandler,
  searchRefunds: searchRefundsHandler,
  createAgreement: createAgreementHandler,
  searchAgreements: searchAgreementsHandler,
  getAgreement: getAgreementHandler,
  cancelAgreement: cancelAgreementHandler,
  searchDisputes: searchDisputesHandler,
  authorisePayment: authorisePaymentHandler,
}

export const API_ROUTES = buildRoutes(HANDLERS)
