// Which payments this browser opened through their one-time link: the playground's stand-in for
// the real pages' session cookie. It is kept in localStorage, so every tab of this browser profile
// shares it and another profile does not. Like the cookie, it remembers at most 10 payments and
// forgets the oldest first.
const STORAGE_KEY = 'payPlayground.hostedPages.payments'
export const MAX_BOUND_PAYMENTS = 10

function read(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

/** Ties a payment to this browser, as the first visit to its `next_url` does. */
export function bindPayment(paymentId: string, storage: Storage = localStorage): void {
  const ids = read(storage).filter((id) => id !== paymentId)
  ids.push(paymentId)
  storage.setItem(STORAGE_KEY, JSON.stringify(ids.slice(-MAX_BOUND_PAYMENTS)))
}

/** Whether this browser opened the payment's link; the pages refuse a payment it did not. */
export function isBound(paymentId: string, storage: Storage = localStorage): boolean {
  return read(storage).includes(paymentId)
}
