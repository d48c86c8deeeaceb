import { describe, expect, it } from 'vitest'
import type { InternalStatus } from '../../../../src/simulator/model/payment-status.ts'
import {
  externalStatusesFor,
  isTransactionDisplayState,
  paymentDisplayState,
  refundDisplayState,
  refundStatusesFor,
  TRANSACTION_DISPLAY_STATES,
} from '../../../../src/simulator/rules/transaction-display-states.ts'

describe('the admin site’s status names', () => {
  it('lists them in the order the transactions filter offers them', () => {
    expect(TRANSACTION_DISPLAY_STATES).toEqual([
      'In progress',
      'Success',
      'Declined',
      'Timed out',
      'Cancelled',
      'Error',
      'Refund submitted',
      'Refund error',
      'Refund success',
    ])
    expect(isTransactionDisplayState('Refund success')).toBe(true)
    expect(isTransactionDisplayState('success')).toBe(false)
  })

  it('names each payment status, a failed payment by its error code', () => {
    const names: Array<[InternalStatus, string]> = [
      ['CREATED', 'In progress'],
      ['ENTERING CARD DETAILS', 'In progress'],
      ['AUTHORISATION SUCCESS', 'In progress'],
      ['AWAITING CAPTURE REQUEST', 'In progress'],
      ['CAPTURED', 'Success'],
      ['CAPTURE APPROVED', 'Success'],
      ['AUTHORISATION REJECTED', 'Declined'],
      ['EXPIRED', 'Timed out'],
      ['USER CANCELLED', 'Cancelled'],
      ['SYSTEM CANCELLED', 'Cancelled'],
      ['AUTHORISATION ERROR', 'Error'],
    ]
    for (const [status, name] of names) expect(paymentDisplayState(status), status).toBe(name)
  })

  it('names refund statuses', () => {
    expect(refundDisplayState('submitted')).toBe('Refund submitted')
    expect(refundDisplayState('success')).toBe('Refund success')
    expect(refundDisplayState('error')).toBe('Refund error')
  })

  it('says which stored states a filter on names has to read', () => {
    expect(externalStatusesFor(['Success'])).toEqual(['success'])
    expect(externalStatusesFor(['In progress']).sort()).toEqual(['capturable', 'created', 'started', 'submitted'])
    expect(externalStatusesFor(['Cancelled']).sort()).toEqual(['cancelled', 'failed'])
    expect(externalStatusesFor(['Declined', 'Timed out'])).toEqual(['failed'])
    expect(externalStatusesFor(['Refund success'])).toEqual([])
    expect(refundStatusesFor(['Success', 'Refund success', 'Refund error']).sort()).toEqual(['error', 'success'])
  })
})
