// The receivers of webhook messages in unit tests, one small module (STYLE.md: one mock per external
// system): transports that record what they were sent and answer as told.
import type { DeliveryAnswer } from '../../src/simulator/model/webhook-delivery-rules.ts'
import type { OutgoingWebhook, WebhookTransports } from '../../src/simulator/services/webhook-deliveries.ts'

/** A context with no bridge whose browser cannot reach any callback URL (the inbox still works). */
export const NO_CALLBACKS: WebhookTransports = {
  bridge: () => undefined,
  bridgeElsewhere: () => false,
  browser: async () => ({ kind: 'error', message: 'Failed to fetch' }),
}

export interface RecordingReceiver {
  transports: WebhookTransports
  /** Every message sent, in order, with the route it took. */
  received: Array<OutgoingWebhook & { route: 'bridge' | 'browser' }>
  /** What the receiver answers next (for every later request until changed). */
  answer: DeliveryAnswer
}

/** Transports that deliver to one receiver, through the bridge (`viaBridge`) or the browser. */
export function recordingReceiver(options: { viaBridge?: boolean; bridgeElsewhere?: boolean } = {}): RecordingReceiver {
  const receiver: RecordingReceiver = {
    received: [],
    answer: { kind: 'answered', status: 200 },
    transports: {
      bridge: () =>
        options.viaBridge
          ? async (outgoing) => {
              receiver.received.push({ ...outgoing, route: 'bridge' })
              return receiver.answer
            }
          : undefined,
      bridgeElsewhere: () => options.bridgeElsewhere ?? false,
      browser: async (outgoing) => {
        receiver.received.push({ ...outgoing, route: 'browser' })
        return receiver.answer
      },
    },
  }
  return receiver
}
