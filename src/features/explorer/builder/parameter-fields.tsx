// The path and query parameters as form fields, each with its rules as a hint and any problem with
// what was typed shown beside it.
import { Input } from '../../../ui/input.tsx'
import { Select } from '../../../ui/select.tsx'
import type { Parameter } from '../../../simulator/operations/openapi/types.ts'
import { ruleText } from './rule-text.ts'

export const parameterFieldId = (parameter: Parameter): string => `${parameter.in}-${parameter.name}`

function ParameterField({
  parameter,
  value,
  error,
  onChange,
}: {
  parameter: Parameter
  value: string
  error?: string
  onChange: (value: string) => void
}) {
  const id = parameterFieldId(parameter)
  const rules = ruleText(parameter.schema)
  const hint = [parameter.description, rules].filter(Boolean).join(' ')
  const label = (
    <>
      <code className="app-code">{parameter.name}</code>
      {parameter.required ? null : ' (optional)'}
    </>
  )
  if (parameter.schema.enum) {
    const options = [{ value: '', text: 'Not set' }, ...parameter.schema.enum.map((option) => ({ value: String(option), text: String(option) }))]
    // A value the list does not have (from a shared link) is kept, so it can be sent and its error seen.
    if (value !== '' && !options.some((option) => option.value === value)) options.push({ value, text: value })
    return <Select id={id} label={label} hint={hint} error={error} options={options} value={value} onChange={(event) => onChange(event.target.value)} />
  }
  return (
    <Input
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value}
      spellCheck={false}
      autoComplete="off"
      inputMode={parameter.schema.type === 'integer' ? 'numeric' : undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

export interface ParameterFieldsProps {
  legend: string
  parameters: readonly Parameter[]
  values: Record<string, string>
  errors: Record<string, string>
  onChange: (name: string, value: string) => void
}

export function ParameterFields({ legend, parameters, values, errors, onChange }: ParameterFieldsProps) {
  if (parameters.length === 0) return null
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      {parameters.map((parameter) => (
        <ParameterField
          key={parameter.name}
          parameter={parameter}
          value={values[parameter.name] ?? ''}
          error={errors[parameter.name]}
          onChange={(value) => onChange(parameter.name, value)}
        />
      ))}
    </fieldset>
  )
}
