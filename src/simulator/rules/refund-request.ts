// Reading a refund request body (pay-api-contract.md §8.1): `amount` must be a 32-bit integer
// from 1 to 10,000,000; `refund_amount_available` is read leniently, as the real API reads it.
import { invalidAttribute, missingAttribute } from '../model/errors.ts'
import { MAX_AMOUNT } from './create-payment-constraints.ts'
import { asInt, field, isInt, type JsonNode } from './json/json-node.ts'

export interface RefundRequest {
  amount: number
  /** What the caller believes is left to refund; a mismatch is refused (412 P0604). */
  refundAmountAvailable?: number
}

export function parseRefundRequest(root: JsonNode): RefundRequest {
  const amount = field(root, 'amount')
  if (amount === undefined || amount.kind === 'null') throw missingAttribute(400, 'P0601', 'amount')
  if (!isInt(amount)) throw invalidAttribute(400, 'P0602', 'amount', 'Must be a valid numeric format')
  if (amount.value < 1) throw invalidAttribute(422, 'P0602', 'amount', 'Must be greater than or equal to 1')
  if (amount.value > MAX_AMOUNT) throw invalidAttribute(422, 'P0602', 'amount', `Must be less than or equal to ${MAX_AMOUNT}`)
  const available = field(root, 'refund_amount_available')
  return {
    amount: amount.value,
    ...(available === undefined ? {} : { refundAmountAvailable: asInt(available) }),
  }
}
