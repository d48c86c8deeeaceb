// `#/secure/:token`, where a payment's `next_url` points.
import { useCallback, useEffect, useRef, useState } from 'react'
import { Navigate, useParams } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { useReportPayment } from './hosted-layout.tsx'
import { LoadingMessage } from './hosted-loading.tsx'
import { HostedErrorPage, SessionExpiredPage } from './outcome-pages.tsx'
import { PaymentGate } from './payment-gate.tsx'
import { type SecureVisit, visitSecureLink } from './secure-visit.ts'

type VisitState = SecureVisit | { kind: 'pending' } | { kind: 'failed' }

/**
 * Visits the link once per showing of the page. React's strict mode runs effects twice on the same
 * component; the ref survives that, so the link is not used up twice. The function changes only
 * with the token.
 */
function useVisitOnce(token: string): () => Promise<SecureVisit> {
  const started = useRef<{ token: string; visit: Promise<SecureVisit> }>(undefined)
  return useCallback(() => {
    if (started.current?.token !== token) started.current = { token, visit: visitSecureLink(token) }
    return started.current.visit
  }, [token])
}

export function SecurePage() {
  const { token = '' } = useParams()
  const visitOnce = useVisitOnce(token)
  const [visit, setVisit] = useState<VisitState>({ kind: 'pending' })
  useEffect(() => {
    let current = true
    setVisit({ kind: 'pending' })
    visitOnce().then(
      (result) => current && setVisit(result),
      (error: unknown) => {
        console.error('The payment link could not be opened', error)
        if (current) setVisit({ kind: 'failed' })
      },
    )
    return () => {
      current = false
    }
  }, [visitOnce])
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
