// The local bridge's status as React state, updated when any tab of this browser connects or not.
import { useSyncExternalStore } from 'react'
import { bridgeStatus, onBridgeStatus, type BridgeStatus } from '../../../simulator/services/bridge.ts'

export const useBridgeStatus = (): BridgeStatus => useSyncExternalStore(onBridgeStatus, bridgeStatus, bridgeStatus)
