// The local bridge on the simulator tools page: its status, and connecting this tab by pasting
// the pairing link `npm run bridge` printed (or disconnecting it).
import { useState, type FormEvent } from 'react'
import { connectBridge, disconnectBridge } from '../../../simulator/services/bridge.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { BridgeStatusText } from './bridge-status-text.tsx'
import { useBridgeStatus } from './use-bridge-status.ts'

const FIELD_ID = 'bridge-link'

export function BridgeSection() {
  const status = useBridgeStatus()
  const [link, setLink] = useState('')
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const connectedHere = status.kind === 'connected' && status.inThisTab

  const connect = (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    if (link.trim() === '') return setError('Enter the pairing link the bridge printed')
    if (!connectBridge(link)) return setError('Enter the whole pairing link the bridge printed, starting with the playground’s address and ending in its pairing token')
    setError(undefined)
    setLink('')
  }

  return (
    <section aria-labelledby="bridge-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="bridge-heading">
        Local bridge
      </h2>
      <p className="govuk-body">
        The bridge lets curl, Postman or your own back end call this playground’s API from your computer. Run{' '}
        <code className="app-code">npm run bridge</code> in a clone of the playground, then open the link it prints, or
        paste it here. This tab then answers the bridge’s requests, with the data you see here.
      </p>
      <BridgeStatusText status={status} />
      {connectedHere ? (
        <Button variant="secondary" onClick={() => disconnectBridge()}>
          Disconnect from the bridge
        </Button>
      ) : (
        <form noValidate onSubmit={connect}>
          {error && <ErrorSummary errors={[{ text: error, fieldId: FIELD_ID }]} focusKey={attempt} />}
          <Input
            id={FIELD_ID}
            label="Pairing link"
            labelSize="s"
            hint="The link the bridge printed in its terminal, for example http://localhost:5173/#/bridge?url=…&pair=…"
            value={link}
            error={error}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setLink(event.target.value)}
          />
          <Button type="submit">Connect this tab</Button>
        </form>
      )}
    </section>
  )
}
