// Welsh service name: what paying users see in the header of Welsh payment pages instead of the
// English name (real admin site: settings › service name, "Welsh service name (Cymraeg)"). Left
// empty, or removed, Welsh pages show the English name.
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { Button } from '../../../ui/button.tsx'
import { Input } from '../../../ui/input.tsx'
import { withFlash } from '../flash.tsx'
import { SettingForm } from './setting-form.tsx'
import { settingsPaths } from './settings-paths.ts'
import { useSaveService } from './use-save-service.ts'

const FIELD_ID = 'service-name'

function RemoveWelshName({ serviceId }: { serviceId: string }) {
  const navigate = useNavigate()
  const saveService = useSaveService()
  const [pending, setPending] = useState(false)
  const remove = async () => {
    setPending(true)
    await saveService(serviceId, { settings: { welshName: '' } })
    await navigate(settingsPaths.index(), withFlash('Welsh service name removed'))
  }
  return (
    <Button variant="secondary" disabled={pending} onClick={() => void remove()}>
      Remove Welsh service name
    </Button>
  )
}

export function WelshServiceNamePage({ service }: { service: ServiceRecord }) {
  const saved = service.settings.welshName?.trim() ?? ''
  const [name, setName] = useState(saved)
  return (
    <SettingForm
      title="Welsh service name"
      serviceId={service.id}
      fieldId={FIELD_ID}
      change={() => ({ settings: { welshName: name } })}
      saved="Welsh service name updated"
      secondaryAction={saved === '' ? undefined : <RemoveWelshName serviceId={service.id} />}
    >
      {(error) => (
        <Input
          id={FIELD_ID}
          label={
            <>
              Welsh service name (<span lang="cy">Cymraeg</span>)
            </>
          }
          heading="l"
          hint="This is what your users will see when making a payment."
          error={error}
          value={name}
          lang="cy"
          spellCheck
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
      )}
    </SettingForm>
  )
}
