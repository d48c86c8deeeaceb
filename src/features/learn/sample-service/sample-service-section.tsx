// #/sample-service/* — "Apply for a fishing licence", a small government service inside the
// playground that takes payments through the public API as the documentation recommends.
import { useQuery } from '@tanstack/react-query'
import { Route, Routes, useParams } from 'react-router'
import { queryKeys } from '../../../lib/query-keys.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { ApplicationPage } from './application-page.tsx'
import { findJourney } from './journeys.ts'
import { PayPage } from './pay-page.tsx'
import { ReturnPage } from './return-page.tsx'
import { ServiceFrame } from './service-frame.tsx'

function Pay() {
  const { journeyId = '' } = useParams()
  const journey = findJourney(journeyId)
  if (journey) return <PayPage journey={journey} />
  return (
    <ServiceFrame>
      <title>{pageTitle('Application not found – sample service')}</title>
      <h1 className="govuk-heading-l">We cannot find your application</h1>
      <p className="govuk-body">It may have been made in another browser, or the playground was reset.</p>
    </ServiceFrame>
  )
}

export function SampleServiceSection() {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  return (
    <Routes>
      <Route index element={<ApplicationPage currentServiceName={service.data?.name ?? 'your current service'} />} />
      <Route path="pay/:journeyId" element={<Pay />} />
      <Route path="return/:journeyId" element={<ReturnPage />} />
    </Routes>
  )
}
