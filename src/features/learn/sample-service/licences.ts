// What the sample service sells, and the reference it gives each application.
export interface Licence {
  id: string
  name: string
  /** pence */
  amount: number
}

export const LICENCES: readonly Licence[] = [
  { id: '1-day', name: '1-day rod licence', amount: 600 },
  { id: '8-day', name: '8-day rod licence', amount: 1200 },
  { id: '12-month', name: '12-month rod licence', amount: 3000 },
]

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A reference such as FISH-7KQ2M9, from a secure random source. */
export function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return `FISH-${Array.from(bytes, (byte) => LETTERS[byte % LETTERS.length]).join('')}`
}
