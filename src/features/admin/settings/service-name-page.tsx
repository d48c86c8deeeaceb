// Service name: what paying users see in the header of the payment pages.
import { useState } from 'react'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { Input } from '../../../ui/input.tsx'
import { SettingForm } from './setting-form.tsx'

const FIELD_ID = 'service-name'

export function ServiceNamePage({ service }: { service: ServiceRecord }) {
  const [name, setName] = useState(service.name)
  return (
    <SettingForm title="Service name" serviceId={service.id} fieldId={FIELD_ID} change={() => ({ name })} saved="Service name updated">
      {(error) => (
        <Input
          id={FIELD_ID}
          label="Service name"
          heading="l"
          hint="This is what your users will see when making a payment."
          error={error}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
      )}
    </SettingForm>
  )
}
