// What the sandbox does when a payment is taken with a saved card (connector's
// SandboxPaymentProvider.authoriseUserNotPresent): only the first 6 and last 4 digits are known.
// 5105105105105100 sets an agreement up but declines every later payment; any other saved card
// behaves as its test number does, and digits matching no test card are a gateway error.
import { SANDBOX_CARDS, type SandboxOutcome } from './sandbox-cards.ts'

export const RECURRING_DECLINE_CARD = '5105105105105100'

export function recurringOutcome(firstDigits: string | null, lastDigits: string | null): SandboxOutcome {
  if (firstDigits === null || lastDigits === null) return 'error'
  const matches = (number: string) => number.startsWith(firstDigits) && number.endsWith(lastDigits)
  if (matches(RECURRING_DECLINE_CARD)) return 'declined'
  const known = Object.entries(SANDBOX_CARDS).find(([number]) => matches(number))
  return known ? known[1].outcome : 'error'
}
