// `#/return/:paymentId`: cancels a payment still open, then follows the return URL if it is on the
// playground's own origin, or shows "Return to your service" if it is anywhere else. Only a browser
// that opened the payment's link may do this.
import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { UnknownPaymentError } from '../../../simulator/services/hosted-session.ts'
import { isBound } from '../browser-binding.ts'
import { LoadingMessage } from '../hosted-loading.tsx'
import { HostedErrorPage, SessionExpiredPage } from '../outcome-pages.tsx'
import { isOwnOrigin } from './return-destination.ts'
import { ReturnToServicePage } from './return-to-service-page.tsx'
import { type ReturnVisit, visitReturn } from './return-visit.ts'

type ReturnState = { kind: 'pending' } | { kind: 'refused' } | { kind: 'failed' } | { kind: 'leaving' } | ({ kind: 'shown' } & ReturnVisit)

export function ReturnPage() {
  const { paymentId = '' } = useParams()
  const bound = isBound(paymentId)
  const [state, setState] = useState<ReturnState>({ kind: 'pending' })
  useEffect(() => {
    if (!bound) return
    let current = true
    visitReturn(paymentId).then(
      (visit) => {
        if (!current) return
        if (isOwnOrigin(visit.returnUrl)) {
          setState({ kind: 'leaving' })
          window.location.replace(visit.returnUrl)
        } else {
          setState({ kind: 'shown', ...visit })
        }
      },
      (error: unknown) => {
        if (!current) return
        if (!(error instanceof UnknownPaymentError)) console.error('Could not return to the service', error)
        setState({ kind: error instanceof UnknownPaymentError ? 'refused' : 'failed' })
      },
    )
    return () => {
      current = false
    }
  }, [paymentId, bound])
  if (!bound || state.kind === 'refused') return <SessionExpiredPage />
  switch (state.kind) {
    case 'pending':
    case 'leaving':
      return <LoadingMessage />
    case 'failed':
      return <HostedErrorPage />
    case 'shown':
      return <ReturnToServicePage payment={state.hosted.payment} returnUrl={state.returnUrl} />
  }
}
