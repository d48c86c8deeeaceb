// Choosing a scenario file (one too big for a link): it is read and checked, then previewed.
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { decodeScenario, type Scenario, ScenarioRefusedError } from '../../../simulator/services/scenario-format.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { FileUpload } from '../../../ui/file-upload.tsx'

const FIELD_ID = 'scenario-file'
const HINT = 'A .json file saved on the Scenarios page'

export function ScenarioFileForm({ onRead }: { onRead: (scenario: Scenario) => void }) {
  const [file, setFile] = useState<File>()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    if (!file) return setError('Select a scenario file')
    try {
      const scenario = decodeScenario(await file.text())
      setError(undefined)
      onRead(scenario)
    } catch (caught) {
      setError(caught instanceof ScenarioRefusedError ? caught.message : `The file could not be read: ${describeError(caught)}`)
    }
  }
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={error ? [{ text: error, fieldId: FIELD_ID }] : []} focusKey={attempt} />
      <FileUpload id={FIELD_ID} label="Upload a scenario file" hint={HINT} error={error} accept=".json,application/json" onChange={setFile} />
      <Button type="submit">Read the scenario</Button>
    </form>
  )
}
