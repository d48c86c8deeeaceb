// Opening a payment's one-time link (`#/secure/:token`). The first visit ties the payment to this
// browser, moves it to `started` and goes on to the card details page. A later visit from this
// browser shows the page for the payment's status at the link's address; any other visit, or an
// unknown link, is refused.
import { beginCardEntry, exchangeToken, WrongStateError } from '../../simulator/services/hosted-session.ts'
import { bindPayment, isBound } from './browser-binding.ts'

export type SecureVisit = { kind: 'first'; paymentId: string } | { kind: 'again'; paymentId: string } | { kind: 'refused' }

/** The visits of each arrival: the router gives every navigation (even to the same address) a location of its own. */
const visits = new WeakMap<object, Map<string, Promise<SecureVisit>>>()

/**
 * One visit of a link. A visit is one arrival at the link's address: the router's location object
 * for it. A second render or mount of the page for the same arrival, or a second request, shares
 * the first one's outcome, so React's strict mode or a remount never counts as a second visit;
 * arriving again (a new navigation to the address, or a reload) is a genuine second visit.
 */
export function visitSecureLinkOnce(token: string, arrival: object): Promise<SecureVisit> {
  let ofArrival = visits.get(arrival)
  if (!ofArrival) {
    ofArrival = new Map()
    visits.set(arrival, ofArrival)
  }
  let visit = ofArrival.get(token)
  if (!visit) {
    visit = visitSecureLink(token)
    ofArrival.set(token, visit)
  }
  return visit
}

async function visitSecureLink(token: string): Promise<SecureVisit> {
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
