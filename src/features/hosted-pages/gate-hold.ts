// Lets a page's own content keep itself on screen while it moves the payment on and goes to the
// next page: the card form after "Continue", the confirm page after "Confirm payment". Without it,
// the gate would show the page for the payment's new status (the in-progress page, or "Your payment
// was successful") for as long as the next page takes to load. The hold lasts until the page is
// left, or until the content lets go (when the payment did not move on as expected).
import { createContext, useContext } from 'react'
import type { HostedPayment } from '../../simulator/services/hosted-session.ts'

export interface GateHold {
  /** Keeps showing the content for `hosted`, whatever the payment's status becomes. */
  hold: (hosted: HostedPayment) => void
  /** Shows the page for the payment's status again. */
  release: () => void
}

export const GateHoldContext = createContext<GateHold>({ hold: () => undefined, release: () => undefined })

export const useGateHold = (): GateHold => useContext(GateHoldContext)
