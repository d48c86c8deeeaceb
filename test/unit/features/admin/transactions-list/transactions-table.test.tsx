import { describe, expect, it } from 'vitest'
import { rowAmount, shortEmail } from '../../../../../src/features/admin/transactions-list/transactions-table.tsx'
import type { PaymentRecord, RefundRecord } from '../../../../../src/simulator/model/types.ts'

const payment = { amount: 123456 } as PaymentRecord
const refund = { amount: 500 } as RefundRecord

describe('the transactions table', () => {
  it('cuts emails to 20 characters with an ellipsis', () => {
    expect(shortEmail(undefined)).toBe('')
    expect(shortEmail('short@example.org')).toBe('short@example.org')
    expect(shortEmail('exactly.twenty@e.org')).toBe('exactly.twenty@e.org')
    expect(shortEmail('someone.with.a.long.address@example.org')).toBe('someone.with.a.long.…')
  })

  it('shows payments as £1,234.56 and refunds with an en dash', () => {
    expect(rowAmount({ type: 'payment', payment, state: 'Success' })).toBe('£1,234.56')
    expect(rowAmount({ type: 'refund', refund, payment, state: 'Refund success' })).toBe('–£5.00')
  })
})
