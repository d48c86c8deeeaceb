// The groups the payment and refund operations are listed under. An operation of another group
// defines its group beside itself; the documentation lists groups in the order of their first operation.
import type { Tag } from './openapi/types.ts'

export const CARD_PAYMENTS: Tag = {
  name: 'Card payments',
  description: 'Create card payments, follow them through their lifecycle, cancel and capture them.',
}

export const REFUNDING: Tag = {
  name: 'Refunding card payments',
  description: 'Refund successful payments in full or in part, and find refunds.',
}
