// The key just created in the explorer, shown once: the playground keeps only its fingerprint.
import { useEffect, useRef } from 'react'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useExplorerKey } from './explorer-key.tsx'

/** The key the banner last moved focus to: it takes focus once, not again on every explorer page. */
let focusedFor: string | undefined

export function NewKeyBanner() {
  const { created } = useExplorerKey()
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!created || focusedFor === created.key) return
    focusedFor = created.key
    banner.current?.focus()
  }, [created])
  if (!created) return null
  return (
    <NotificationBanner type="success" ref={banner} title="API key created">
      <h3 className="govuk-notification-banner__heading">Your new API key</h3>
      <code id="api-key" className="app-api-key">
        {created.key}
      </code>
      <p className="govuk-body">
        Copy it now if you want to use it outside the explorer: the playground keeps only a fingerprint, so it cannot show
        you the key again. The explorer will send requests with it, and remembers it{' '}
        {created.persistence === 'tab' ? 'in this tab only' : 'on this device'}.
      </p>
      <CopyButton text={created.key} label="Copy API key" what="API key" />
    </NotificationBanner>
  )
}
