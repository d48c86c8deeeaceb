// What fault injection is doing right now, counting down as requests fail, with "Turn off faults".
import { Button } from '../../../ui/button.tsx'
import { InsetText } from '../../../ui/inset-text.tsx'
import { WarningText } from '../../../ui/warning-text.tsx'
import { FaultLines } from './fault-lines.tsx'
import { useActiveFaults, useTurnOffFaults } from './use-fault-settings.ts'

export function FaultStatus({ onTurnedOff }: { onTurnedOff: () => void }) {
  const faults = useActiveFaults()
  const turnOff = useTurnOffFaults()
  if (!faults.data) return null
  if (faults.data.length === 0) {
    return <InsetText>No faults are on: the simulated API answers every request normally.</InsetText>
  }
  return (
    <div id="fault-status">
      <WarningText>Faults are on.</WarningText>
      <FaultLines faults={faults.data} turnOffError={turnOff.error} />
      <Button variant="warning" disabled={turnOff.isPending} onClick={() => turnOff.mutate(undefined, { onSuccess: onTurnedOff })}>
        Turn off faults
      </Button>
    </div>
  )
}
