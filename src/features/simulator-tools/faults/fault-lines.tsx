// What the faults that are on do, a line each (under the service they apply to, when any applies to
// one service only), and why turning them off failed if it did. Shared by the banner on every page
// and the status on the simulator tools page.
import { describeError } from '../../../lib/describe-error.ts'
import { describeFaults } from './fault-description.ts'
import type { ActiveFault } from './use-fault-settings.ts'

function Lines({ fault }: { fault: ActiveFault }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {describeFaults(fault.settings).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

export function FaultLines({ faults, turnOffError }: { faults: readonly ActiveFault[]; turnOffError: Error | null }) {
  const onlyEveryService = faults.length === 1 && faults[0]!.serviceId === null
  return (
    <>
      {onlyEveryService ? (
        <Lines fault={faults[0]!} />
      ) : (
        faults.map((fault) => (
          <div key={fault.serviceId ?? 'every service'}>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {fault.serviceId === null ? (
                'For every service (unless its own settings say otherwise):'
              ) : (
                <>
                  For <strong>{fault.serviceName}</strong> only:
                </>
              )}
            </p>
            <Lines fault={fault} />
          </div>
        ))
      )}
      {turnOffError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The faults could not be turned off: {describeError(turnOffError)}
        </p>
      )}
    </>
  )
}
