// What every hosted page does before showing itself: refuse a payment this browser did not open
// through its link (the session-expired page, with no way back), load the payment, and apply the
// state enforcer: the page's own content only while the payment is in a status it is for,
// otherwise the page for the payment's status, at the same address. A finished payment of a
// service with its own failure pages goes straight back to the service instead. Content that is
// moving on to the next page holds itself on screen meanwhile (gate-hold.ts).
import { useMemo, useState, type ReactNode } from 'react'
import { Navigate } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { UnknownPaymentError, type HostedPayment } from '../../simulator/services/hosted-session.ts'
import { isBound } from './browser-binding.ts'
import { useFocusHeadingOnChange } from './focus-heading.ts'
import { type GateHold, GateHoldContext } from './gate-hold.ts'
import { LoadingMessage } from './hosted-loading.tsx'
import { HostedErrorPage, InProgressPage, OutcomePage, SessionExpiredPage } from './outcome-pages.tsx'
import { type HostedAddress, isTerminal, type StateView, viewFor, viewKey } from './state-views.ts'
import { useHostedPayment } from './use-hosted-payment.ts'

export interface PaymentGateProps {
  paymentId: string
  address: HostedAddress
  /** The page's own content, for a payment in a status this address is for. */
  children?: (hosted: HostedPayment) => ReactNode
}

type GateState =
  | { kind: 'refused' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'leaving' }
  | { kind: 'view'; view: StateView; hosted: HostedPayment }

function useGateState(paymentId: string, address: HostedAddress, held: HostedPayment | null): GateState {
  const bound = isBound(paymentId)
  const query = useHostedPayment(paymentId, bound)
  if (!bound) return { kind: 'refused' }
  const hosted = held ?? query.data
  if (hosted) {
    const view = viewFor(hosted.payment.status, address)
    const skip = view.kind === 'outcome' && isTerminal(view.outcome) && hosted.service.settings.redirectToServiceImmediatelyOnTerminalState === true
    return skip ? { kind: 'leaving' } : { kind: 'view', view, hosted }
  }
  if (query.error instanceof UnknownPaymentError) return { kind: 'refused' }
  if (query.isError) return { kind: 'failed' }
  return { kind: 'loading' }
}

const gateKey = (state: GateState): string | null =>
  state.kind === 'view' ? viewKey(state.view) : state.kind === 'loading' ? null : state.kind

export function PaymentGate({ paymentId, address, children }: PaymentGateProps) {
  const [held, setHeld] = useState<HostedPayment | null>(null)
  const hold = useMemo<GateHold>(() => ({ hold: setHeld, release: () => setHeld(null) }), [])
  const state = useGateState(paymentId, address, held)
  useFocusHeadingOnChange(gateKey(state))
  switch (state.kind) {
    case 'refused':
      return <SessionExpiredPage />
    case 'loading':
      return <LoadingMessage />
    case 'failed':
      return <HostedErrorPage />
    case 'leaving':
      return <Navigate to={appPaths.returnToService(paymentId)} replace />
    case 'view': {
      const { view, hosted } = state
      if (view.kind === 'outcome') return <OutcomePage outcome={view.outcome} paymentId={paymentId} />
      if (view.kind === 'in-progress') return <InProgressPage paymentId={paymentId} continueTo={view.continueTo} />
      if (!children) return <InProgressPage paymentId={paymentId} continueTo="card-details" />
      return <GateHoldContext value={hold}>{children(hosted)}</GateHoldContext>
    }
  }
}
