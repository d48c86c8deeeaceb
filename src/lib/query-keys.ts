// Query keys for React Query, in one place so invalidation can find them.
export const queryKeys = {
  currentService: ['services', 'current'] as const,
}
