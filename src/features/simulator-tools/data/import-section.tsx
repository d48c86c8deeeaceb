// "Import": replace everything with the contents of an export file. The file is checked in full
// first; a bad or foreign file is refused with the reason and changes nothing.
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { formatDateTime } from '../../../lib/dates.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { ImportRefusedError, importPlayground } from '../../../simulator/services/export-import.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { FileUpload } from '../../../ui/file-upload.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { WarningText } from '../../../ui/warning-text.tsx'
import { useOutcome } from '../outcome.tsx'
import { stopSeeding } from '../seed/seed-runner.ts'
import { countsInWords } from './record-counts.ts'

const FIELD_ID = 'import-file'

export function ImportSection() {
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File>()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const { message: done, show: setDone, banner } = useOutcome('import')
  const input = useRef<HTMLInputElement>(null)

  // The error summary takes focus when `attempt` changes, so it moves with each error shown.
  const refuse = (message: string) => {
    setError(message)
    setAttempt((n) => n + 1)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(undefined)
    if (!file) return refuse('Select an export file')
    setBusy(true)
    try {
      stopSeeding() // a demo-data run would otherwise go on adding payments to the replaced data
      const summary = await importPlayground(await file.text())
      setError(undefined)
      setFile(undefined)
      if (input.current) input.current.value = ''
      setDone(`Imported ${countsInWords(summary.counts)} from ${file.name}, exported on ${formatDateTime(Date.parse(summary.exportedAt))}.`)
      await queryClient.invalidateQueries()
    } catch (failure) {
      refuse(failure instanceof ImportRefusedError ? failure.message : `The file could not be imported: ${describeError(failure)}`)
    } finally {
      setBusy(false)
    }
  }

  const hint = 'A .json file made with “Export everything”'
  return (
    <>
      <h3 className="govuk-heading-m">Import</h3>
      {done && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <WarningText>Importing replaces everything in the playground with the contents of the file.</WarningText>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={error ? [{ text: error, fieldId: FIELD_ID }] : []} focusKey={attempt} />
        <FileUpload ref={input} id={FIELD_ID} label="Upload an export file" hint={hint} error={error} accept=".json,application/json" onChange={setFile} />
        <Button type="submit" variant="warning" disabled={busy}>
          Import and replace everything
        </Button>
      </form>
    </>
  )
}
