// Going back to the service (`#/return/:paymentId`): a payment still open is cancelled first
// (failed, P0030), then the user goes to the payment's return URL.
import { type HostedPayment, returnToService, getHostedPayment } from '../../../simulator/services/hosted-session.ts'

export interface ReturnVisit {
  returnUrl: string
  hosted: HostedPayment
}

export async function visitReturn(paymentId: string): Promise<ReturnVisit> {
  const { returnUrl } = await returnToService(paymentId)
  return { returnUrl, hosted: await getHostedPayment(paymentId) }
}
