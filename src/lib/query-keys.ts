// Query keys for React Query, in one place so invalidation can find them.
export const queryKeys = {
  currentService: ['services', 'current'] as const,
  /** The explorer's remembered API keys that still work for a service (all services when none is given). */
  explorerKeys: (serviceId?: string) => (serviceId === undefined ? (['explorer-keys'] as const) : (['explorer-keys', serviceId] as const)),
  simulatorClock: ['simulator', 'clock'] as const,
  requestHistory: ['simulator', 'request-history'] as const,
  faultSettings: ['simulator', 'faults'] as const,
  /** The fault settings for one service, or for every service ('all'). */
  faultSettingsFor: (scope: string) => ['simulator', 'faults', scope] as const,
  hostedPayment: (paymentId: string) => ['hosted-payment', paymentId] as const,
  transactions: (serviceId: string, search: string) => ['transactions', serviceId, search] as const,
  dashboardTotals: (serviceId: string, period: string) => ['dashboard-totals', serviceId, period] as const,
  services: ['services', 'all'] as const,
  apiKeys: (serviceId: string) => ['api-keys', serviceId] as const,
  apiKey: (keyId: string) => ['api-keys', 'one', keyId] as const,
  transaction: (serviceId: string, paymentId: string) => ['transaction', serviceId, paymentId] as const,
  agreements: (serviceId: string, search: string) => ['agreements', serviceId, search] as const,
  agreement: (serviceId: string, agreementId: string) => ['agreement', serviceId, agreementId] as const,
  disputes: (serviceId: string) => ['disputes', serviceId] as const,
  /** The recent payments of a service that can be disputed, for the simulator tools. */
  disputablePayments: (serviceId: string) => ['disputes', serviceId, 'payments'] as const,
  webhooks: (serviceId: string) => ['webhooks', serviceId] as const,
  webhook: (serviceId: string, webhookId: string) => ['webhooks', serviceId, webhookId] as const,
  webhookMessages: (serviceId: string, webhookId: string, filter: string) => ['webhooks', serviceId, webhookId, 'messages', filter] as const,
  webhookMessage: (serviceId: string, webhookId: string, messageId: string) => ['webhooks', serviceId, webhookId, 'message', messageId] as const,
}
