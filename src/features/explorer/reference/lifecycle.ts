// The payment status lifecycle in the order a payment moves through it, with what each state means
// (facts: pay-api-contract.md §6; codes and messages come from the simulator's own model).
import type { ExternalStatus } from '../../../simulator/model/payment-status.ts'

export interface LifecycleState {
  status: ExternalStatus
  finished: boolean
  code?: string
  message?: string
  meaning: string
  next: string
}

export const LIFECYCLE: readonly LifecycleState[] = [
  { status: 'created', finished: false, meaning: 'The payment exists; your user has not opened next_url yet.', next: 'started, cancelled, or failed (P0020 expired, P0030 cancelled by the user)' },
  { status: 'started', finished: false, meaning: 'Your user has opened the payment page and is entering card details.', next: 'submitted, failed, error or cancelled' },
  { status: 'submitted', finished: false, meaning: 'The card is authorised; your user has not confirmed yet.', next: 'success (or capturable with delayed capture), failed or cancelled' },
  { status: 'capturable', finished: false, meaning: 'Confirmed, with delayed_capture: waiting for you to capture or cancel it. Cannot be searched for.', next: 'success (capture), cancelled, or failed P0020 after 5 days' },
  { status: 'success', finished: true, meaning: 'The money has been taken. It can be refunded.', next: 'none (refunds do not change the status)' },
  { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected', meaning: 'The card was declined.', next: 'none' },
  { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired', meaning: 'Not finished within 90 minutes of being created (5 days when capturable).', next: 'none' },
  { status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user', meaning: 'Your user chose “Cancel payment”.', next: 'none' },
  { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service', meaning: 'You cancelled it through the API (or the admin site).', next: 'none' },
  { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error', meaning: 'Something went wrong with the payment provider, e.g. the test card 4000000000000119.', next: 'none' },
]
