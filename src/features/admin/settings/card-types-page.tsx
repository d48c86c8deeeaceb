// Card types: which debit and credit cards the payment page accepts. Maestro needs 3-D Secure, so
// the sandbox cannot offer it.
import { useState } from 'react'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { MAESTRO_UNAVAILABLE } from '../../../simulator/services/service-accounts.ts'
import { Checkboxes } from '../../../ui/checkboxes.tsx'
import { SettingForm } from './setting-form.tsx'
import { cardValue, CREDIT_CARDS, DEBIT_CARDS, type CardTypeOption } from './setting-labels.ts'

const DEBIT_ID = 'debit-cards'
const NO_CARDS = 'You must choose at least one card'

const items = (options: readonly CardTypeOption[]) =>
  options.map((option) =>
    option.card.brand === 'maestro' ? { value: option.value, label: option.label, disabled: true, hint: MAESTRO_UNAVAILABLE } : { value: option.value, label: option.label },
  )

export function CardTypesPage({ service }: { service: ServiceRecord }) {
  const [chosen, setChosen] = useState<string[]>(service.settings.acceptedCardTypes.map(cardValue))
  const inGroup = (options: readonly CardTypeOption[]) => chosen.filter((value) => options.some((option) => option.value === value))
  const setGroup = (options: readonly CardTypeOption[], values: string[]) =>
    setChosen([...chosen.filter((value) => !options.some((option) => option.value === value)), ...values])
  const change = () => {
    const cards = [...DEBIT_CARDS, ...CREDIT_CARDS].filter((option) => chosen.includes(option.value)).map((option) => option.card)
    return cards.length === 0 ? { error: NO_CARDS } : { settings: { acceptedCardTypes: cards } }
  }
  return (
    <SettingForm title="Card types" serviceId={service.id} fieldId={DEBIT_ID} change={change} saved="Card types updated">
      {(error) => (
        <>
          <h1 className="govuk-heading-l">Card types</h1>
          <p className="govuk-body">Choose which credit and debit cards you want to accept.</p>
          <Checkboxes
            idPrefix={DEBIT_ID}
            legend="Debit cards"
            error={error}
            items={items(DEBIT_CARDS)}
            values={inGroup(DEBIT_CARDS)}
            onChange={(values) => setGroup(DEBIT_CARDS, values)}
          />
          <Checkboxes
            idPrefix="credit-cards"
            legend="Credit cards"
            items={items(CREDIT_CARDS)}
            values={inGroup(CREDIT_CARDS)}
            onChange={(values) => setGroup(CREDIT_CARDS, values)}
          />
        </>
      )}
    </SettingForm>
  )
}
