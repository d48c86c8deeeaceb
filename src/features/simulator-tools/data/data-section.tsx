// Export and import, side by side under one heading.
import { ExportSection } from './export-section.tsx'
import { ImportSection } from './import-section.tsx'

export function DataSection() {
  return (
    <section aria-labelledby="data-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="data-heading">
        Export and import
      </h2>
      <ExportSection />
      <ImportSection />
    </section>
  )
}
