// The key panel as it appears above a request: the chosen key in one line with the full panel
// behind "Change", or the full panel straight away when there is no key yet.
import { Details } from '../../../ui/details.tsx'
import { useExplorerKey } from './explorer-key.tsx'
import { KeyPanel } from './key-panel.tsx'
import { NewKeyBanner } from './new-key-banner.tsx'
import { keyEnding } from './resolve-keys.ts'

export function KeySummary() {
  const { current, apiKey, loading } = useExplorerKey()
  if (loading) return null
  if (apiKey === undefined) return <KeyPanel />
  return (
    <div className="govuk-!-margin-bottom-6">
      <NewKeyBanner />
      <p className="govuk-body govuk-!-margin-bottom-2">
        Sending with{' '}
        {current ? (
          <>
            <strong>{current.record.name}</strong>, the key ending <code className="app-code">{keyEnding(current.key)}</code>
          </>
        ) : (
          <>
            a pasted key ending <code className="app-code">{keyEnding(apiKey)}</code> that the API will not accept
          </>
        )}
        .
      </p>
      <Details summary="Choose, create or paste another API key">
        <KeyPanel showNewKey={false} />
      </Details>
    </div>
  )
}
