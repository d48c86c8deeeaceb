// Counts of what an export holds, in words: "2 services, 3 API keys, 120 payments and 9 refunds".
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

export function countsInWords(counts: { services: number; apiKeys: number; payments: number; refunds: number }): string {
  return [
    plural(counts.services, 'service', 'services'),
    plural(counts.apiKeys, 'API key', 'API keys'),
    plural(counts.payments, 'payment', 'payments'),
  ].join(', ') + ` and ${plural(counts.refunds, 'refund', 'refunds')}`
}
