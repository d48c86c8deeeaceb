// Choosing a scenario file (one too big for a link): it is read and checked, then previewed.
import { useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { decodeScenario, type Scenario, ScenarioRefusedError } from '../../../simulator/services/scenario-format.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { describedBy, FieldMessagesView, FormGroup } from '../../../ui/form-field.tsx'

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
      <FormGroup error={error}>
        <label className="govuk-label govuk-label--s" htmlFor={FIELD_ID}>
          Upload a scenario file
        </label>
        <FieldMessagesView id={FIELD_ID} hint={HINT} error={error} />
        <input
          className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
          id={FIELD_ID}
          name={FIELD_ID}
          type="file"
          accept=".json,application/json"
          aria-describedby={describedBy(FIELD_ID, { hint: HINT, error })}
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </FormGroup>
      <Button type="submit">Read the scenario</Button>
    </form>
  )
}
