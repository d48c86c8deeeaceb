// Opening a payment's one-time link (`#/secure/:token`). The first visit ties the payment to this
// browser, moves it to `started` and goes on to the card details page. A later visit from this
// browser shows the page for the payment's status at the link's address; any other visit, or an
// unknown link, is refused.
import { beginCardEntry, exchangeToken, WrongStateError } from '../../simulator/services/hosted-session.ts'
import { bindPayment, isBound } from './browser-binding.ts'

export type SecureVisit = { kind: 'first'; paymentId: string } | { kind: 'again'; paymentId: string } | { kind: 'refused' }

const visits = new Map<string, Promise<SecureVisit>>()

/** Arrivals by a changed address (typed, or a link followed) in this document, which the router may give no key of their own. */
let hashArrivals = 0
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => hashArrivals++)

/** Names one arrival at the page: the history entry's key, and which address change brought the browser here. */
export const arrivalKey = (historyKey: string): string => `${historyKey}#${hashArrivals}`

/**
 * One visit of a link. A visit is one arrival at the link's address (one entry in the browser's
 * history, `visitKey`): a second render or mount of the page for it, or a second request, shares
 * the first one's outcome, so React's strict mode or a remount never counts as a second visit.
 * Arriving again (a new history entry, or a reload) is a genuine second visit.
 */
export function visitSecureLinkOnce(token: string, visitKey: string): Promise<SecureVisit> {
  const id = `${visitKey} ${token}`
  let visit = visits.get(id)
  if (!visit) {
    visit = visitSecureLink(token)
    visits.set(id, visit)
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
