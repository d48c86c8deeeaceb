// What the card details and confirm pages need to know beyond the payment and its service, for the
// parts pay-frontend shows for recurring payments, MOTO, corporate card fees and prepaid cards:
// - a set-up payment shows its agreement's description ("Your payment details will be saved for:");
// - a MOTO payment is not asked for a billing address, and may mask the card number and security
//   code (charge.njk: input type password, autocomplete off);
// - a corporate card adds the service's fee, shown inline as the card number is typed and in the
//   summary, and a prepaid card is refused when the service blocks them.
import { accountFeatures, type CorporateSurcharges } from '../model/account-features.ts'
import { totalAmount } from '../model/refund-availability.ts'
import type { PaymentRecord, ServiceRecord } from '../model/types.ts'
import { cardDigits } from '../rules/card-form/card-number.ts'
import { type CardAcceptance, type CardRefusal, checkCard } from './card-checks.ts'
import { getHostedPayment, type HostedPayment } from './hosted-session.ts'

export interface CardPageFacts {
  /** Ask for the billing address: the service's setting, and never for a MOTO payment. */
  collectBillingAddress: boolean
  /** A MOTO payment whose service hides the card number as it is typed. */
  maskCardNumber: boolean
  /** A MOTO payment whose service hides the security code as it is typed. */
  maskSecurityCode: boolean
  /** A set-up payment: the agreement's description, for "Your payment details will be saved for:". */
  agreementDescription?: string
  /** The service's corporate card fees (pence), for the inline message as the card number is typed. */
  corporateSurcharges: CorporateSurcharges
  /** The fee added when the card was authorised (pence), for the confirm page's summary. */
  corporateSurcharge?: number
  /** What the user pays: the amount plus any fee added. */
  totalAmount: number
}

/** The facts for a payment of a service; `agreementDescription` is the set-up payment's agreement's. */
export function cardPageFacts(payment: PaymentRecord, service: ServiceRecord, agreementDescription?: string): CardPageFacts {
  const features = accountFeatures(service.settings)
  const facts: CardPageFacts = {
    collectBillingAddress: service.settings.collectBillingAddress && !payment.moto,
    maskCardNumber: payment.moto && features.motoMaskCardNumber,
    maskSecurityCode: payment.moto && features.motoMaskSecurityCode,
    corporateSurcharges: features.surcharges,
    totalAmount: totalAmount(payment),
  }
  if (agreementDescription !== undefined) facts.agreementDescription = agreementDescription
  if (payment.corporateSurcharge !== undefined) facts.corporateSurcharge = payment.corporateSurcharge
  return facts
}

/** The facts for a payment as the hosted pages have read it. */
export const hostedPageFacts = ({ payment, service, agreementDescription }: HostedPayment): CardPageFacts =>
  cardPageFacts(payment, service, agreementDescription)

/** The facts for the payment the hosted pages show. */
export async function loadCardPageFacts(paymentId: string): Promise<CardPageFacts> {
  return hostedPageFacts(await getHostedPayment(paymentId))
}

/**
 * What the service makes of a card number typed so far (spaces and dashes allowed): the card-ID
 * answer and the fee it would add, or why it would be refused (`prepaid` when the service blocks
 * prepaid cards). The card page words the message ("There is a fee of £%s for using a corporate
 * credit card", "Prepaid cards are not accepted").
 */
export async function checkCardForPayment(paymentId: string, cardNumber: string): Promise<CardAcceptance | CardRefusal> {
  const { service } = await getHostedPayment(paymentId)
  return checkCard(cardDigits(cardNumber), service.settings)
}
