// #/admin/test-payment/* — "Make a test payment": the payment's details (with a page to change
// them), then the mock card number to pay with, then the hosted payment pages.
import { useState } from 'react'
import { Route, Routes } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import { AdminLayout } from '../admin-layout.tsx'
import { EditTestPaymentPage } from './edit-test-payment-page.tsx'
import { MockCardPage } from './mock-card-page.tsx'
import { loadTestPayment, saveTestPayment, type TestPaymentDetails } from './test-payment-details.ts'
import { TestPaymentSummaryPage } from './test-payment-summary-page.tsx'

function PageNotFound() {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">The test payment pages have no page at this address.</p>
    </>
  )
}

export function TestPaymentSection() {
  const [details, setDetails] = useState(loadTestPayment)
  const change = (next: TestPaymentDetails) => {
    saveTestPayment(next)
    setDetails(next)
  }
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<TestPaymentSummaryPage details={details} />} />
        <Route path="edit" element={<EditTestPaymentPage details={details} onSave={change} />} />
        <Route path="mock-card" element={<MockCardPage details={details} />} />
        <Route path="*" element={<PageNotFound />} />
      </Routes>
    </AdminLayout>
  )
}
