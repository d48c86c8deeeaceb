// The JSON body in a monospace text area, prefilled with a valid example. Problems are listed under
// it as you type; notes (such as an unknown field the API will ignore) are listed too.
import { useState } from 'react'
import { Button } from '../../../ui/button.tsx'
import { Select } from '../../../ui/select.tsx'
import { Textarea } from '../../../ui/textarea.tsx'
import type { Example } from '../../../simulator/operations/openapi/types.ts'
import { prettyJson } from '../request/request-input.ts'
import type { BodyIssue } from '../request/validate-body.ts'

export const BODY_FIELD_ID = 'request-body'

export interface BodyFieldProps {
  value: string
  examples: Record<string, Example>
  issues: readonly BodyIssue[]
  onChange: (value: string) => void
}

export function BodyField({ value, examples, issues, onChange }: BodyFieldProps) {
  const names = Object.keys(examples)
  const [example, setExample] = useState(names[0] ?? '')
  const errors = issues.filter((issue) => issue.severity === 'error')
  const notes = issues.filter((issue) => issue.severity === 'note')
  const lines = Math.min(24, Math.max(6, value.split('\n').length + 1))
  const more = [...errors.slice(1).map((issue) => issue.message), ...notes.map((issue) => `Note: ${issue.message}`)]
  return (
    <div className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">Body</h2>
      <Textarea
        id={BODY_FIELD_ID}
        label="Request body (JSON)"
        labelSize="s"
        hint="You can send a body with problems: the response shows the error the API gives."
        code
        rows={lines}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        error={errors[0]?.message}
        onChange={(event) => onChange(event.target.value)}
        after={
          more.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet app-explorer-issues" aria-label="More about the body">
              {more.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null
        }
      />
      {names.length > 0 && (
        <div className="app-explorer-example">
          {names.length > 1 && (
            <Select
              id="request-body-example"
              label="Example"
              labelSize="s"
              options={names.map((name) => ({ value: name, text: examples[name]?.summary ?? name }))}
              value={example}
              onChange={(event) => setExample(event.target.value)}
            />
          )}
          <Button variant="secondary" onClick={() => onChange(prettyJson(examples[example]?.value))}>
            {names.length > 1 ? 'Use this example' : 'Use the example'}
          </Button>
        </div>
      )}
    </div>
  )
}
