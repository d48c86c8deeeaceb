// Whether the payment page asks for the paying user's email address, and whether it must be given.
import { useState } from 'react'
import type { EmailCollectionMode, ServiceRecord } from '../../../simulator/model/types.ts'
import { Radios } from '../../../ui/radios.tsx'
import { SettingForm } from './setting-form.tsx'
import { EMAIL_MODE_LABELS } from './setting-labels.ts'

const FIELD_ID = 'email-collection-mode'
const MODES: readonly EmailCollectionMode[] = ['MANDATORY', 'OPTIONAL', 'OFF']
const HINTS: Record<EmailCollectionMode, string> = {
  MANDATORY: 'Users must enter an email address before they can pay.',
  OPTIONAL: 'The payment page asks for an email address, but users can leave it blank.',
  OFF: 'The payment page does not ask for an email address.',
}

export function EmailCollectionPage({ service }: { service: ServiceRecord }) {
  const [mode, setMode] = useState<EmailCollectionMode | undefined>(service.settings.emailCollectionMode)
  return (
    <SettingForm
      title="Ask users for their email address"
      serviceId={service.id}
      fieldId={FIELD_ID}
      change={() => (mode ? { settings: { emailCollectionMode: mode } } : { error: 'Select an option' })}
      saved="Email collection updated"
    >
      {(error) => (
        <Radios
          idPrefix={FIELD_ID}
          legend="Ask users for their email address"
          legendAs="heading-l"
          error={error}
          value={mode}
          onChange={(value) => setMode(MODES.find((m) => m === value))}
          items={MODES.map((value) => ({ value, label: EMAIL_MODE_LABELS[value], hint: HINTS[value] }))}
        />
      )}
    </SettingForm>
  )
}
