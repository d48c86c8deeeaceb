// "Your API key": choose one of the keys this browser remembers for the current service, create one,
// or paste one, and choose whether new keys – made here, on the start page or in the admin site – are
// remembered on this device or in this tab only.
import { useState } from 'react'
import { chooseNewKeyPersistence, newKeyPersistence } from '../../../lib/remembered-keys.ts'
import { Button } from '../../../ui/button.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { CreateKey } from './create-key.tsx'
import { useExplorerKey } from './explorer-key.tsx'
import { NewKeyBanner } from './new-key-banner.tsx'
import { PasteKey } from './paste-key.tsx'
import type { KeyPersistence } from './remembered-keys.ts'
import { keyEnding } from './resolve-keys.ts'

const PERSISTENCE_ITEMS = [
  { value: 'device', label: 'On this device', hint: 'Kept after you close the browser, until you forget it here.' },
  { value: 'tab', label: 'In this tab only', hint: 'Forgotten when you close this tab.' },
]

export function KeyPanel({ showNewKey = true }: { showNewKey?: boolean }) {
  const explorerKey = useExplorerKey()
  const [persistence, setPersistence] = useState<KeyPersistence>(newKeyPersistence)
  const { usable, unusable, current, apiKey, service } = explorerKey
  const serviceName = service?.name ?? 'the current service'

  return (
    <section aria-labelledby="explorer-key-heading">
      <h2 className="govuk-heading-m" id="explorer-key-heading">
        Your API key
      </h2>
      <p className="govuk-body">
        Requests are sent with a key of <strong>{serviceName}</strong>. The playground keeps only a fingerprint of each
        key, as GOV.UK Pay does, so the explorer can offer only the keys this browser was given: ones created in this
        browser – here, on the start page or in the admin site – or pasted here.
      </p>
      {showNewKey && <NewKeyBanner />}
      {apiKey !== undefined && current === undefined && (
        <p className="govuk-body" role="status">
          Sending with a pasted key ending <code className="app-code">{keyEnding(apiKey)}</code> that is not an active
          key of {serviceName}: the API will answer 401.
        </p>
      )}
      {usable.length > 0 ? (
        <Radios
          idPrefix="explorer-key"
          legend="Send requests with"
          legendAs="s"
          small
          items={usable.map((entry) => ({
            value: entry.key,
            label: (
              <>
                {entry.record.name} – ends <code className="app-code">{keyEnding(entry.key)}</code>
              </>
            ),
            hint: entry.persistence === 'tab' ? 'Remembered in this tab only' : 'Remembered on this device',
          }))}
          value={current?.key}
          onChange={explorerKey.select}
        />
      ) : (
        !explorerKey.loading && (
          <p className="govuk-body">This browser remembers no API key for {serviceName}. Create one, or paste one you have.</p>
        )
      )}
      {current !== undefined && (
        <Button variant="secondary" onClick={() => explorerKey.forget(current.key)}>
          Forget the key ending {keyEnding(current.key)}
        </Button>
      )}
      {unusable.length > 0 && (
        <p className="govuk-body">
          {unusable.length === 1 ? '1 remembered key is' : `${unusable.length} remembered keys are`} not listed because{' '}
          {unusable.length === 1 ? 'it was revoked or belongs' : 'they were revoked or belong'} to another service.{' '}
          <button type="button" className="govuk-link app-link-button" onClick={explorerKey.forgetUnusable}>
            Forget {unusable.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      <Radios
        idPrefix="explorer-key-persistence"
        legend="Remember new keys"
        legendAs="s"
        hint="Keys made here, on the start page or in the admin site."
        small
        items={PERSISTENCE_ITEMS}
        value={persistence}
        onChange={(value) => {
          setPersistence(value as KeyPersistence)
          chooseNewKeyPersistence(value as KeyPersistence)
        }}
      />
      <CreateKey persistence={persistence} />
      <PasteKey persistence={persistence} />
    </section>
  )
}
