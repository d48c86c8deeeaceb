// `#/secure/:token`, where a payment's `next_url` points.
import { useEffect, useState } from 'react'
import { Navigate, useLocation, useParams } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { useReportPayment } from './hosted-layout.tsx'
import { LoadingMessage } from './hosted-loading.tsx'
import { HostedErrorPage, SessionExpiredPage } from './outcome-pages.tsx'
import { PaymentGate } from './payment-gate.tsx'
import { type SecureVisit, visitSecureLinkOnce } from './secure-visit.ts'

type VisitState = SecureVisit | { kind: 'pending' } | { kind: 'failed' }

export function SecurePage() {
  const { token = '' } = useParams()
  // The arrival: a remount of the page for the same navigation is the same visit.
  const arrival = useLocation()
  const [visit, setVisit] = useState<VisitState>({ kind: 'pending' })
  useEffect(() => {
    let current = true
    setVisit({ kind: 'pending' })
    visitSecureLinkOnce(token, arrival).then(
      (result) => current && setVisit(result),
      (error: unknown) => {
        console.error('The payment link could not be opened', error)
        if (current) setVisit({ kind: 'failed' })
      },
    )
    return () => {
      current = false
    }
  }, [token, arrival])
  useReportPayment(visit.kind === 'again' ? visit.paymentId : undefined)
  switch (visit.kind) {
    case 'pending':
      return <LoadingMessage />
    case 'failed':
      return <HostedErrorPage />
    case 'refused':
      return <SessionExpiredPage />
    case 'first':
      return <Navigate to={appPaths.cardDetails(visit.paymentId)} replace />
    case 'again':
      return <PaymentGate paymentId={visit.paymentId} address="secure" />
  }
}
