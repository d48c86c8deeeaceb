// What fault injection is doing right now, counting down as requests fail, with "Turn off faults".
import { describeError } from '../../../lib/describe-error.ts'
import { faultsActive } from '../../../simulator/services/faults.ts'
import { Button } from '../../../ui/button.tsx'
import { InsetText } from '../../../ui/inset-text.tsx'
import { WarningText } from '../../../ui/warning-text.tsx'
import { describeFaults } from './fault-description.ts'
import { useFaultSettings, useTurnOffFaults } from './use-fault-settings.ts'

export function FaultStatus({ onTurnedOff }: { onTurnedOff: () => void }) {
  const settings = useFaultSettings()
  const turnOff = useTurnOffFaults()
  if (!settings.data) return null
  if (!faultsActive(settings.data)) {
    return <InsetText>No faults are on: the simulated API answers every request normally.</InsetText>
  }
  return (
    <div id="fault-status">
      <WarningText>Faults are on.</WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {describeFaults(settings.data).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {turnOff.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The faults could not be turned off: {describeError(turnOff.error)}
        </p>
      )}
      <Button variant="warning" disabled={turnOff.isPending} onClick={() => turnOff.mutate(undefined, { onSuccess: onTurnedOff })}>
        Turn off faults
      </Button>
    </div>
  )
}
