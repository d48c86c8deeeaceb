// The API explorer (`#/explorer/*`): the endpoint list beside the page for the route — the
// explorer's start, one endpoint, the request history or the reference. Loaded lazily.
import { Route, Routes } from 'react-router'
import { EndpointNav } from './catalogue/endpoint-nav.tsx'
import { ExplorerKeyProvider } from './credentials/explorer-key.tsx'
import { ExplorerHome } from './pages/explorer-home.tsx'
import { ExplorerLinks } from './pages/explorer-links.tsx'
import { HistoryPage } from './pages/history-page.tsx'
import { OperationPage } from './pages/operation-page.tsx'
import { ReferencePage } from './pages/reference-page.tsx'

export function ExplorerPage() {
  return (
    <ExplorerKeyProvider>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter app-explorer-sidebar">
          <EndpointNav />
          <ExplorerLinks />
        </div>
        <div className="govuk-grid-column-three-quarters">
          <Routes>
            <Route index element={<ExplorerHome />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="reference" element={<ReferencePage />} />
            <Route path=":operation" element={<OperationPage />} />
          </Routes>
        </div>
      </div>
    </ExplorerKeyProvider>
  )
}
