// Extra request headers as rows of name and value, such as Idempotency-Key. The explorer adds
// Authorization (from your key) and Content-Type itself; a row with the same name replaces it.
import { Button } from '../../../ui/button.tsx'
import { Input } from '../../../ui/input.tsx'
import type { Parameter } from '../../../simulator/operations/openapi/types.ts'
import type { HeaderInput } from '../request/request-input.ts'

export const headerNameId = (index: number) => `header-name-${index}`
export const headerValueId = (index: number) => `header-value-${index}`

export interface HeaderFieldsProps {
  headers: readonly HeaderInput[]
  documented: readonly Parameter[]
  errors: Record<number, string>
  takesBody: boolean
  onChange: (headers: HeaderInput[]) => void
}

export function HeaderFields({ headers, documented, errors, takesBody, onChange }: HeaderFieldsProps) {
  const update = (index: number, change: Partial<HeaderInput>) =>
    onChange(headers.map((header, position) => (position === index ? { ...header, ...change } : header)))
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Headers</legend>
      <p className="govuk-hint">
        The explorer sends <code className="app-code">Authorization</code> with your key
        {takesBody ? (
          <>
            {' '}
            and <code className="app-code">Content-Type: application/json</code>
          </>
        ) : null}
        . Add others here; a header with the same name replaces the explorer’s. Rows without a value are not sent.
      </p>
      {documented.map((parameter) => (
        <p className="govuk-hint" key={parameter.name}>
          <code className="app-code">{parameter.name}</code>: {parameter.description}
        </p>
      ))}
      {headers.map((header, index) => {
        return (
          <div className="app-explorer-header-row" key={index}>
            <Input
              id={headerNameId(index)}
              label={`Header ${index + 1} name`}
              width={20}
              spellCheck={false}
              autoComplete="off"
              value={header.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
            <Input
              id={headerValueId(index)}
              label={`Header ${index + 1} value`}
              spellCheck={false}
              autoComplete="off"
              error={errors[index]}
              value={header.value}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <Button variant="secondary" onClick={() => onChange(headers.filter((_, position) => position !== index))}>
              Remove header {index + 1}
            </Button>
          </div>
        )
      })}
      <Button variant="secondary" onClick={() => onChange([...headers, { name: '', value: '' }])}>
        Add a header
      </Button>
    </fieldset>
  )
}
