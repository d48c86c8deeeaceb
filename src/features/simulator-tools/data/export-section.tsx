// "Export everything": the whole playground as one JSON file, to keep, share or import later.
import { useState } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { countRecords } from '../../../simulator/services/export-format.ts'
import { exportPlaygroundJson } from '../../../simulator/services/export-import.ts'
import { Button } from '../../../ui/button.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useOutcome } from '../outcome.tsx'
import { downloadText } from '../../../lib/download-text.ts'
import { exportFileName } from './export-file-name.ts'
import { countsInWords } from './record-counts.ts'

export function ExportSection() {
  const [busy, setBusy] = useState(false)
  const { message: done, show: setDone, banner } = useOutcome('export')
  const [failure, setFailure] = useState<string>()

  const exportAll = async () => {
    setBusy(true)
    setDone(undefined)
    setFailure(undefined)
    try {
      const { json, document } = await exportPlaygroundJson()
      const fileName = exportFileName(document.exportedAt)
      downloadText(fileName, json, 'application/json')
      setDone(`Exported ${countsInWords(countRecords(document.tables))} to ${fileName}.`)
    } catch (error) {
      setFailure(`The playground could not be exported: ${describeError(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <h3 className="govuk-heading-m">Export</h3>
      <p className="govuk-body">
        Download everything in the playground as a JSON file: services and their settings, API keys, payments with
        their events, refunds, webhooks with their messages and delivery attempts, and the simulator clock. API keys are saved only as fingerprints, never in full, but
        they work again after an import.
      </p>
      {done && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      <Button variant="secondary" onClick={() => void exportAll()} disabled={busy}>
        Export everything
      </Button>
    </>
  )
}
