// A setting that is on or off, asked as one question with "On" and "Off" radios.
import { useState, type ReactNode } from 'react'
import type { ServiceRecord, ServiceSettings } from '../../../simulator/model/types.ts'
import { Radios } from '../../../ui/radios.tsx'
import { SettingForm } from './setting-form.tsx'

type OnOffSetting = 'collectBillingAddress' | 'delayedCapture' | 'moto' | 'redirectToServiceImmediatelyOnTerminalState'

export interface OnOffSettingPageProps {
  service: ServiceRecord
  setting: OnOffSetting
  question: string
  /** What the setting does, shown under the question. */
  hint: ReactNode
  onHint?: string
  offHint?: string
  saved: string
}

export function OnOffSettingPage({ service, setting, question, hint, onHint, offHint, saved }: OnOffSettingPageProps) {
  const [value, setValue] = useState(service.settings[setting] ? 'on' : 'off')
  const fieldId = `${setting}-setting`
  const change = (): { settings: Partial<ServiceSettings> } => ({ settings: { [setting]: value === 'on' } })
  return (
    <SettingForm title={question} serviceId={service.id} fieldId={fieldId} change={change} saved={saved}>
      {(error) => (
        <Radios
          idPrefix={fieldId}
          legend={question}
          legendAs="heading-l"
          hint={hint}
          error={error}
          value={value}
          onChange={setValue}
          items={[
            { value: 'on', label: 'On', hint: onHint },
            { value: 'off', label: 'Off', hint: offHint },
          ]}
        />
      )}
    </SettingForm>
  )
}
