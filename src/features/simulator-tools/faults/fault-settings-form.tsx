// The form for fault settings: which requests fail (none, the next few, a percentage), for which
// endpoint, and how long every response is delayed.
import type { FormEvent } from 'react'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { FAULT_KINDS, FAULT_OPERATIONS } from '../../../simulator/services/faults.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { Select } from '../../../ui/select.tsx'
import { FAULT_KIND_LABELS, operationLabel } from './fault-description.ts'
import { ALL_OPERATIONS, ALL_SERVICES, type FaultFormErrors, type FaultFormFields } from './fault-form.ts'

const FIELD_ORDER = ['remaining', 'percent', 'latencyMs'] as const
const FIELD_IDS = { remaining: 'fault-remaining', percent: 'fault-percent', latencyMs: 'fault-latency' } as const

const OPERATION_OPTIONS = [
  { value: ALL_OPERATIONS, text: 'Every endpoint' },
  ...FAULT_OPERATIONS.map((operation) => ({
    value: operation,
    text: `${operationLabel(operation).name} (${operationLabel(operation).route})`,
  })),
]

export interface FaultSettingsFormProps {
  fields: FaultFormFields
  errors: FaultFormErrors
  /** counts submits, so the error summary takes focus on each one */
  attempt: number
  failure: string | undefined
  onChange: (fields: FaultFormFields) => void
  onSubmit: (event: FormEvent) => void
  /** the services a trainer can limit the faults to */
  services: readonly ServiceRecord[]
  /** another service chosen: the form is filled in again with that service's settings */
  onChooseService: (service: string) => void
}

export function FaultSettingsForm({ fields, errors, attempt, failure, onChange, onSubmit, services, onChooseService }: FaultSettingsFormProps) {
  const update = (change: Partial<FaultFormFields>) => onChange({ ...fields, ...change })
  const summary = FIELD_ORDER.filter((name) => errors[name]).map((name) => ({ text: errors[name]!, fieldId: FIELD_IDS[name] }))
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      <Select
        id="fault-service"
        label="Which service should these settings apply to?"
        labelSize="s"
        hint="The service whose API key sends the request. Choosing one shows its own settings."
        value={fields.service}
        onChange={(event) => onChooseService(event.target.value)}
        options={[
          { value: ALL_SERVICES, text: 'Every service' },
          ...services.map((service) => ({ value: service.id, text: `${service.name} only` })),
        ]}
      />
      <Radios
        idPrefix="fault-failures"
        legend="Which requests should fail?"
        value={fields.failures}
        onChange={(value) => update({ failures: value as FaultFormFields['failures'] })}
        items={[
          { value: 'none', label: 'None' },
          {
            value: 'next',
            label: 'The next few requests',
            conditional: (
              <Input
                id={FIELD_IDS.remaining}
                label="Number of requests"
                inputMode="numeric"
                width={4}
                value={fields.remaining}
                error={errors.remaining}
                onChange={(event) => update({ remaining: event.target.value })}
              />
            ),
          },
          {
            value: 'percentage',
            label: 'A percentage of requests, chosen at random',
            conditional: (
              <Input
                id={FIELD_IDS.percent}
                label="Percentage of requests"
                hint="From 1 to 100"
                inputMode="numeric"
                width={3}
                value={fields.percent}
                error={errors.percent}
                onChange={(event) => update({ percent: event.target.value })}
              />
            ),
          },
        ]}
      />
      <Radios
        idPrefix="fault-fail-with"
        legend="How should they fail?"
        value={fields.failWith}
        onChange={(value) => update({ failWith: value as FaultFormFields['failWith'] })}
        items={FAULT_KINDS.map((kind) => ({ value: kind, label: FAULT_KIND_LABELS[kind] }))}
      />
      <Select
        id="fault-operation"
        label="Which endpoint should fail?"
        labelSize="s"
        value={fields.operation}
        onChange={(event) => update({ operation: event.target.value })}
        options={OPERATION_OPTIONS}
      />
      <Input
        id={FIELD_IDS.latencyMs}
        label="Delay every API response by (milliseconds)"
        labelSize="s"
        hint="For example, 2000 for 2 seconds. Leave it empty for no delay. Up to 30,000."
        inputMode="numeric"
        width={5}
        value={fields.latencyMs}
        error={errors.latencyMs}
        onChange={(event) => update({ latencyMs: event.target.value })}
      />
      <Button type="submit">Save fault settings</Button>
    </form>
  )
}
