// Opening a payment's one-time link (`#/secure/:token`). The first visit ties the payment to this
// browser, moves it to `started` and goes on to the card details page. A later visit from this
// browser shows the page for the payment's status at the link's address; any other visit, or an
// unknown link, is refused.
import { beginCardEntry, exchangeToken, WrongStateError } from '../../simulator/services/hosted-session.ts'
import { bindPayment, isBound } from './browser-binding.ts'

export type SecureVisit = { kind: 'first'; paymentId: string } | { kind: 'again'; paymentId: string } | { kind: 'refused' }

export async function visitSecureLink(token: string): Promise<SecureVisit> {
  const exchange = await exchangeToken(token)
  if (exchange.kind === 'unknown') return { kind: 'refused' }
  if (exchange.kind === 'used') return isBound(exchange.paymentId) ? { kind: 'again', paymentId: exchange.paymentId } : { kind: 'refused' }
  bindPayment(exchange.paymentId)
  await beginCardEntry(exchange.paymentId).catch((error: unknown) => {
    // A payment that moved on before its first visit (cancelled through the API, say): the card
    // details page shows the page for its status.
    if (!(error instanceof WrongStateError)) throw error
  })
  return { kind: 'first', paymentId: exchange.paymentId }
}
