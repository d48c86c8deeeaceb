// Whether this tab's simulator has stopped for good (another tab opened a newer version of the
// playground's storage), read from the simulator's runtime as it changes.
import { useSyncExternalStore } from 'react'
import { onRuntimeStopped, runtimeStoppedReason } from '../../simulator/services/runtime.ts'

export function useSimulatorStopped(): boolean {
  return useSyncExternalStore(onRuntimeStopped, runtimeStoppedReason) !== undefined
}
