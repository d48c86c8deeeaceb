// Every route of the simulated API, in the order they are matched.
import type { Route } from '../route.ts'
import { cancelPaymentRoute } from './cancel-payment.ts'
import { capturePaymentRoute } from './capture-payment.ts'
import { createPaymentRoute } from './create-payment.ts'
import { createRefundRoute } from './create-refund.ts'
import { getPaymentRoute } from './get-payment.ts'
import { getRefundRoute } from './get-refund.ts'
import { paymentEventsRoute } from './payment-events.ts'
import { paymentRefundsRoute } from './payment-refunds.ts'
import { searchPaymentsRoute } from './search-payments.ts'
import { searchRefundsRoute } from './search-refunds.ts'

export const API_ROUTES: Route[] = [
  createPaymentRoute,
  searchPaymentsRoute,
  getPaymentRoute,
  cancelPaymentRoute,
  capturePaymentRoute,
  paymentEventsRoute,
  createRefundRoute,
  paymentRefundsRoute,
  getRefundRoute,
  searchRefundsRoute,
]
