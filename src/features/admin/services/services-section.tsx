// #/admin/services/* — the services list, trainee services for a class, and resetting or deleting
// one service.
import { Route, Routes } from 'react-router'
import { AdminLayout } from '../admin-layout.tsx'
import { ClearServicePage } from './clear-service-page.tsx'
import { ServicesPage } from './services-page.tsx'
import { TraineesPage } from './trainees-page.tsx'

export function ServicesSection() {
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<ServicesPage />} />
        <Route path="trainees" element={<TraineesPage />} />
        <Route path=":serviceId/reset" element={<ClearServicePage mode="reset" />} />
        <Route path=":serviceId/delete" element={<ClearServicePage mode="delete" />} />
      </Routes>
    </AdminLayout>
  )
}
