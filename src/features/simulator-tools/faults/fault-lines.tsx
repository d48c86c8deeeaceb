// What the faults that are on do, a line each, and why turning them off failed if it did. Shared by
// the banner on every page and the status on the simulator tools page.
import { describeError } from '../../../lib/describe-error.ts'
import type { FaultSettings } from '../../../simulator/services/faults.ts'
import { describeFaults } from './fault-description.ts'

export function FaultLines({ settings, turnOffError }: { settings: FaultSettings; turnOffError: Error | null }) {
  return (
    <>
      <ul className="govuk-list govuk-list--bullet">
        {describeFaults(settings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {turnOffError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The faults could not be turned off: {describeError(turnOffError)}
        </p>
      )}
    </>
  )
}
