// One corporate card fee: the amount added to a payment when the user pays with that kind of
// corporate card (gateway account `corporate_…_surcharge_amount`), typed in pounds and pence and
// stored in pence. 0 is no fee.
import { useState } from 'react'
import { penceToPoundsText } from '../../../lib/money.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { Input } from '../../../ui/input.tsx'
import { readFee } from './corporate-fee-text.ts'
import { SetByPayNote } from './set-by-pay-note.tsx'
import { SettingForm } from './setting-form.tsx'
import type { CorporateFeeLabels } from './setting-labels.ts'
import { CORPORATE_FEE_PAGES } from './settings-paths.ts'

export function CorporateFeePage({ service, fee }: { service: ServiceRecord; fee: CorporateFeeLabels }) {
  const [text, setText] = useState(penceToPoundsText(service.settings[fee.setting] ?? 0))
  const fieldId = CORPORATE_FEE_PAGES[fee.setting]
  const change = () => {
    const read = readFee(text, fee.card)
    return 'error' in read ? read : { settings: { [fee.setting]: read.pence } }
  }
  return (
    <SettingForm title={fee.label} serviceId={service.id} fieldId={fieldId} change={change} saved={`${fee.label} updated`}>
      {(error) => (
        <>
          <Input
            id={fieldId}
            label={fee.label}
            heading="l"
            hint={`Added to the amount when a user pays with a ${fee.card}. In pounds and pence, for example 2.50; 0 for no fee.`}
            error={error}
            prefix="£"
            width={10}
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <SetByPayNote />
        </>
      )}
    </SettingForm>
  )
}
