// The test payment's description and amount: the real admin site's defaults, kept for this tab
// while the user goes from page to page (as the real site keeps them in its session), and the
// real site's checks on what the user types.
import { penceToPoundsText } from '../../../lib/money.ts'

export interface TestPaymentDetails {
  description: string
  /** pence */
  amount: number
}

export const DEFAULT_TEST_PAYMENT: TestPaymentDetails = { description: 'An example payment description', amount: 2000 }

const STORAGE_KEY = 'pay-playground:test-payment'

export function loadTestPayment(): TestPaymentDetails {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
    if (typeof stored === 'object' && stored !== null && 'description' in stored && 'amount' in stored) {
      const { description, amount } = stored
      if (typeof description === 'string' && Number.isSafeInteger(amount)) return { description, amount: amount as number }
    }
  } catch {
    // Storage unavailable or unreadable: start from the defaults.
  }
  return { ...DEFAULT_TEST_PAYMENT }
}

export function saveTestPayment(details: TestPaymentDetails): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(details))
  } catch {
    // Without storage the details last only as long as the page; nothing else to do.
  }
}

export interface DetailsForm {
  description: string
  amount: string
}

export interface DetailsErrors {
  description?: string
  amount?: string
}

export const toForm = (details: TestPaymentDetails): DetailsForm => ({
  description: details.description,
  amount: penceToPoundsText(details.amount),
})

export const MAX_DESCRIPTION_LENGTH = 255
const AMOUNT_RANGE_MESSAGE = 'Enter a valid payment amount between £0.30 and £100000'

/** Checks the form the way the real "Update details for test payment" page does. */
export function checkDetails(form: DetailsForm): { details?: TestPaymentDetails; errors: DetailsErrors } {
  const errors: DetailsErrors = {}
  const description = form.description.trim()
  const amount = form.amount.trim()
  if (description === '') errors.description = 'Enter a payment description'
  else if (description.length > MAX_DESCRIPTION_LENGTH) {
    errors.description = `Payment description must be ${MAX_DESCRIPTION_LENGTH} characters or fewer`
  }
  if (amount === '') errors.amount = 'Enter a payment amount'
  else if (!/^[+-]?(\d*\.)?\d+$/.test(amount)) errors.amount = 'Enter a valid payment amount'
  else if (Number(amount) < 0.3 || Number(amount) > 100000 || !/^\d+(\.\d{2})?$/.test(amount)) errors.amount = AMOUNT_RANGE_MESSAGE
  if (errors.description !== undefined || errors.amount !== undefined) return { errors }
  const [pounds = '0', pence = '00'] = amount.split('.')
  return { details: { description, amount: Number(pounds) * 100 + Number(pence) }, errors }
}
