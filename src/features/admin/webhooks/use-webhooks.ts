// The current service's webhooks and their messages, for the pages. Every change in storage (a
// delivery made in another tab, a payment changed by the API) refreshes them.
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { DeliveryStatus } from '../../../simulator/model/webhook-types.ts'
import { getMessage, listMessages } from '../../../simulator/services/webhook-messages.ts'
import { getWebhook, listWebhooks } from '../../../simulator/services/webhooks.ts'

export function useServiceWebhooks(serviceId: string) {
  return useQuery({ queryKey: queryKeys.webhooks(serviceId), queryFn: () => listWebhooks(serviceId) })
}

/** One webhook of the service; null when there is no such webhook (or it is another service's). */
export function useWebhook(serviceId: string, webhookId: string) {
  return useQuery({ queryKey: queryKeys.webhook(serviceId, webhookId), queryFn: async () => (await getWebhook(serviceId, webhookId)) ?? null })
}

export function useWebhookMessages(serviceId: string, webhookId: string, status: DeliveryStatus | undefined, page: number) {
  return useQuery({
    queryKey: queryKeys.webhookMessages(serviceId, webhookId, `${status ?? 'all'}:${page}`),
    queryFn: () => listMessages(serviceId, webhookId, { status, page }),
  })
}

export function useWebhookMessage(serviceId: string, webhookId: string, messageId: string) {
  return useQuery({
    queryKey: queryKeys.webhookMessage(serviceId, webhookId, messageId),
    queryFn: async () => (await getMessage(serviceId, webhookId, messageId)) ?? null,
  })
}
