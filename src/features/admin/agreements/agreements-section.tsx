// #/admin/agreements/* — the current service's agreements: the list, one agreement's page, and the
// question before cancelling it.
import type { ReactNode } from 'react'
import { Route, Routes, useParams } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import type { AgreementWithPayments } from '../../../simulator/services/agreement-admin.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { AgreementDetailPage } from './agreement-detail-page.tsx'
import { AgreementNotFound } from './agreement-not-found.tsx'
import { agreementPaths } from './agreement-paths.ts'
import { AgreementsListPage } from './agreements-list-page.tsx'
import { CancelAgreementPage } from './cancel-agreement-page.tsx'
import { useAgreement } from './use-agreement.ts'

/** Finds the agreement named in the address, then shows `render` for it. */
function WithAgreement({ service, render }: { service: ServiceRecord; render: (detail: AgreementWithPayments) => ReactNode }) {
  const { agreementId = '' } = useParams()
  const detail = useAgreement(service.id, agreementId)
  if (detail.isPending) return <AdminLoading what="the agreement" />
  if (detail.isError) return <AdminProblem error={detail.error} />
  if (!detail.data) {
    return (
      <>
        <BackLink to={agreementPaths.index()}>Back to agreements</BackLink>
        <AgreementNotFound agreementId={agreementId} serviceName={service.name} />
      </>
    )
  }
  return render(detail.data)
}

function PageNotFound() {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">The agreements pages have no page at this address.</p>
    </>
  )
}

export function AgreementsSection() {
  const service = useCurrentService()
  if (service.isPending) return <AdminLayout><AdminLoading what="the agreements" /></AdminLayout>
  if (service.isError) return <AdminLayout><AdminProblem error={service.error} /></AdminLayout>
  const current = service.data
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<AgreementsListPage service={current} />} />
        <Route path=":agreementId" element={<WithAgreement service={current} render={(detail) => <AgreementDetailPage detail={detail} />} />} />
        <Route
          path=":agreementId/cancel"
          element={<WithAgreement service={current} render={(detail) => <CancelAgreementPage serviceId={current.id} detail={detail} />} />}
        />
        <Route path="*" element={<PageNotFound />} />
      </Routes>
    </AdminLayout>
  )
}
