// What the bridge is doing, in words, with the example a person can run next.
import type { BridgeStatus } from '../../../simulator/services/bridge.ts'
import { CodeBlock } from '../../../ui/code-block.tsx'

export function BridgeStatusText({ status }: { status: BridgeStatus }) {
  switch (status.kind) {
    case 'off':
      return <p className="govuk-body">No tab of this browser is connected to a bridge.</p>
    case 'connecting':
      return <p className="govuk-body">Connecting to the bridge at {status.bridgeUrl}…</p>
    case 'failed':
      return (
        <p className="govuk-body" role="alert">
          {status.message}
        </p>
      )
    case 'connected':
      return (
        <>
          <p className="govuk-body">
            {status.inThisTab
              ? `This tab answers for the bridge at ${status.bridgeUrl}. Keep it open while you use the bridge.`
              : `Another tab of this browser answers for the bridge at ${status.bridgeUrl}.`}{' '}
            Programs on this computer can now call the API there, with a key of this playground:
          </p>
          <CodeBlock code={`curl ${status.bridgeUrl}/v1/payments -H "Authorization: Bearer $API_KEY"`} />
        </>
      )
  }
}
