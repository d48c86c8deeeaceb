// The local bridge as every page sees it: whether a tab of this browser is connected to it (any
// tab: they tell each other over a BroadcastChannel), and connecting or disconnecting this tab. The
// connection itself is made by the connector the app provides (simulator/bridge/tab-bridge.ts).
import { readPairingLink } from '../model/bridge-protocol.ts'
import type { DeliveryAnswer, OutgoingWebhook } from '../model/webhook-delivery-rules.ts'

export type BridgeStatus =
  | { kind: 'off' }
  | { kind: 'connecting'; bridgeUrl: string }
  | { kind: 'connected'; bridgeUrl: string; inThisTab: boolean }
  | { kind: 'failed'; bridgeUrl: string; message: string }

export interface BridgeConnector {
  connect(bridgeUrl: string, pair: string): void
  disconnect(): void
  /** Has the bridge POST a webhook message; undefined while this tab has no connection. */
  postWebhook?(outgoing: OutgoingWebhook): Promise<DeliveryAnswer> | undefined
}

const CHANNEL_NAME = 'pay-playground-bridge'
type ChannelMessage = { kind: 'ask' } | { kind: 'connected'; bridgeUrl: string } | { kind: 'off' }

let status: BridgeStatus = { kind: 'off' }
let connector: BridgeConnector | undefined
const listeners = new Set<(status: BridgeStatus) => void>()
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME)

function publish(next: BridgeStatus): void {
  status = next
  for (const listener of listeners) listener(status)
}

channel?.addEventListener('message', (event: MessageEvent<ChannelMessage>) => {
  const message = event.data
  if (message.kind === 'ask') {
    if (status.kind === 'connected' && status.inThisTab) channel.postMessage({ kind: 'connected', bridgeUrl: status.bridgeUrl })
  } else if (message.kind === 'connected') {
    if (!(status.kind === 'connected' && status.inThisTab)) publish({ kind: 'connected', bridgeUrl: message.bridgeUrl, inThisTab: false })
  } else if (status.kind === 'connected' && !status.inThisTab) {
    publish({ kind: 'off' })
  }
})
channel?.postMessage({ kind: 'ask' } satisfies ChannelMessage)

export const bridgeStatus = (): BridgeStatus => status

export function onBridgeStatus(listener: (status: BridgeStatus) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by the connector as this tab's connection changes; other tabs are told. */
export function reportBridgeStatus(next: BridgeStatus): void {
  publish(next)
  if (next.kind === 'connected') channel?.postMessage({ kind: 'connected', bridgeUrl: next.bridgeUrl } satisfies ChannelMessage)
  else if (next.kind !== 'connecting') channel?.postMessage({ kind: 'off' } satisfies ChannelMessage)
}

export function provideBridgeConnector(provided: BridgeConnector): void {
  connector = provided
}

/** Connects this tab with a pairing link the bridge printed; false when the text is not such a link. */
export function connectBridge(link: string): boolean {
  const pairing = readPairingLink(link)
  if (!pairing || !connector) return false
  // This tab is already (re)connecting to that bridge, say after a reload of the link's page.
  const busyWith = status.kind === 'connecting' || (status.kind === 'connected' && status.inThisTab) ? status.bridgeUrl : undefined
  if (busyWith === pairing.bridgeUrl) return true
  connector.connect(pairing.bridgeUrl, pairing.pair)
  return true
}

export function disconnectBridge(): void {
  connector?.disconnect()
}

/** Sends webhook messages through the bridge, while this tab holds its connection; undefined otherwise. */
export function bridgeWebhookSender(): ((outgoing: OutgoingWebhook) => Promise<DeliveryAnswer>) | undefined {
  const post = connector?.postWebhook
  if (!post || status.kind !== 'connected' || !status.inThisTab) return undefined
  return (outgoing) => post(outgoing) ?? Promise.resolve({ kind: 'error', message: 'The local bridge is not connected' })
}

/** Whether another tab of this browser holds the bridge (its webhook deliveries are that tab's to make). */
export const bridgeHeldElsewhere = (): boolean => status.kind === 'connected' && !status.inThisTab
