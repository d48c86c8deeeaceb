// The state enforcer: the page each status shows at each hosted-page address.
import { describe, expect, it } from 'vitest'
import { viewFor, viewKey } from '../../../../src/features/hosted-pages/state-views.ts'
import type { InternalStatus } from '../../../../src/simulator/model/payment-status.ts'

const OUTCOMES: [InternalStatus, string][] = [
  ['AUTHORISATION REJECTED', 'declined'],
  ['AUTHORISATION ERROR', 'technical-problems'],
  ['EXPIRED', 'session-expired'],
  ['EXPIRE CANCEL READY', 'session-expired'],
  ['USER CANCELLED', 'user-cancelled'],
  ['USER CANCEL READY', 'user-cancelled'],
  ['SYSTEM CANCELLED', 'service-cancelled'],
  ['SYSTEM CANCEL READY', 'service-cancelled'],
  ['CAPTURED', 'success'],
  ['CAPTURE APPROVED', 'success'],
  ['AWAITING CAPTURE REQUEST', 'success'],
  ['CAPTURE READY', 'processing'],
]

describe('viewFor', () => {
  it.each(OUTCOMES)('shows %s as the %s page at every address', (status, outcome) => {
    for (const address of ['secure', 'card-details', 'confirm'] as const) {
      expect(viewFor(status, address)).toEqual({ kind: 'outcome', outcome })
    }
  })

  it('shows the form at the card details address only while the payment takes card details', () => {
    expect(viewFor('CREATED', 'card-details')).toEqual({ kind: 'card-details' })
    expect(viewFor('ENTERING CARD DETAILS', 'card-details')).toEqual({ kind: 'card-details' })
    expect(viewFor('AUTHORISATION SUCCESS', 'card-details')).toEqual({ kind: 'in-progress', continueTo: 'confirm' })
    expect(viewFor('AUTHORISATION READY', 'card-details')).toEqual({ kind: 'in-progress', continueTo: 'card-details' })
  })

  it('shows the confirm page only for an authorised payment', () => {
    expect(viewFor('AUTHORISATION SUCCESS', 'confirm')).toEqual({ kind: 'confirm' })
    expect(viewFor('CREATED', 'confirm')).toEqual({ kind: 'in-progress', continueTo: 'card-details' })
    expect(viewFor('ENTERING CARD DETAILS', 'confirm')).toEqual({ kind: 'in-progress', continueTo: 'card-details' })
  })

  it('shows an open payment as in progress at its used one-time link, continuing where it is', () => {
    expect(viewFor('CREATED', 'secure')).toEqual({ kind: 'in-progress', continueTo: 'card-details' })
    expect(viewFor('ENTERING CARD DETAILS', 'secure')).toEqual({ kind: 'in-progress', continueTo: 'card-details' })
    expect(viewFor('AUTHORISATION SUCCESS', 'secure')).toEqual({ kind: 'in-progress', continueTo: 'confirm' })
  })

  it('gives each view a key that changes when the page does', () => {
    expect(viewKey(viewFor('EXPIRED', 'confirm'))).toBe('session-expired')
    expect(viewKey(viewFor('AUTHORISATION SUCCESS', 'secure'))).toBe('in-progress-confirm')
    expect(viewKey(viewFor('CREATED', 'card-details'))).toBe('card-details')
  })
})
