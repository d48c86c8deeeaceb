// A setting that is on or off, asked as one question with two radios ("On" and "Off" unless the
// setting's own words are given, such as "Hide" and "Show").
import { useState, type ReactNode } from 'react'
import type { ServiceRecord, ServiceSettings } from '../../../simulator/model/types.ts'
import { Radios } from '../../../ui/radios.tsx'
import { SettingForm } from './setting-form.tsx'

export type OnOffSetting =
  | 'collectBillingAddress'
  | 'delayedCapture'
  | 'moto'
  | 'redirectToServiceImmediatelyOnTerminalState'
  | 'recurringPayments'
  | 'authorisationApi'
  | 'blockPrepaidCards'
  | 'motoMaskCardNumber'
  | 'motoMaskSecurityCode'

export interface OnOffSettingPageProps {
  service: ServiceRecord
  setting: OnOffSetting
  question: string
  /** What the setting does, shown under the question. */
  hint: ReactNode
  onLabel?: string
  offLabel?: string
  onHint?: string
  offHint?: string
  /** Shown below the radios: what else the reader should know before saving. */
  aside?: ReactNode
  saved: string
}

export function OnOffSettingPage({ service, setting, question, hint, onLabel = 'On', offLabel = 'Off', onHint, offHint, aside, saved }: OnOffSettingPageProps) {
  // A setting added after the service was stored may be missing: it reads as off.
  const [value, setValue] = useState(service.settings[setting] === true ? 'on' : 'off')
  const fieldId = `${setting}-setting`
  const change = (): { settings: Partial<ServiceSettings> } => ({ settings: { [setting]: value === 'on' } })
  return (
    <SettingForm title={question} serviceId={service.id} fieldId={fieldId} change={change} saved={saved}>
      {(error) => (
        <>
          <Radios
            idPrefix={fieldId}
            legend={question}
            legendAs="heading-l"
            hint={hint}
            error={error}
            value={value}
            onChange={setValue}
            items={[
              { value: 'on', label: onLabel, hint: onHint },
              { value: 'off', label: offLabel, hint: offHint },
            ]}
          />
          {aside}
        </>
      )}
    </SettingForm>
  )
}
