// Internal statuses show through the API as the exact external `state` of pay-api-contract.md
// §6.1 (codes and messages) under the mapping of §6.2.
import { describe, expect, it } from 'vitest'
import {
  type ExternalState,
  externalState,
  type InternalStatus,
  SEARCHABLE_STATES,
} from '../../../../src/simulator/model/payment-status.ts'

const CREATED: ExternalState = { status: 'created', finished: false }
const STARTED: ExternalState = { status: 'started', finished: false }
const SUBMITTED: ExternalState = { status: 'submitted', finished: false }
const CAPTURABLE: ExternalState = { status: 'capturable', finished: false }
const SUCCESS: ExternalState = { status: 'success', finished: true }
const P0010: ExternalState = { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }
const P0020: ExternalState = { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' }
const P0030: ExternalState = { status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' }
const P0040: ExternalState = { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' }
const P0050: ExternalState = { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' }

// §6.2, for every internal status the simulator uses (the type makes the table exhaustive).
const EXPECTED: Record<InternalStatus, ExternalState> = {
  CREATED: CREATED,
  'ENTERING CARD DETAILS': STARTED,
  'AUTHORISATION READY': STARTED,
  'AUTHORISATION SUCCESS': SUBMITTED,
  'AWAITING CAPTURE REQUEST': CAPTURABLE,
  'CAPTURE APPROVED': SUCCESS,
  'CAPTURE READY': SUCCESS,
  CAPTURED: SUCCESS,
  'AUTHORISATION REJECTED': P0010,
  'EXPIRE CANCEL READY': P0020,
  EXPIRED: P0020,
  'USER CANCEL READY': P0030,
  'USER CANCELLED': P0030,
  'SYSTEM CANCEL READY': P0040,
  'SYSTEM CANCELLED': P0040,
  'AUTHORISATION ERROR': P0050,
  // Agreement and MOTO API payments (connector ChargeStatus).
  'AUTHORISATION USER NOT PRESENT QUEUED': STARTED,
  'CAPTURE QUEUED': SUCCESS,
}

describe('externalState', () => {
  it.each(Object.entries(EXPECTED))('shows %s as %j', (internal, expected) => {
    // toStrictEqual: code and message must be absent (not undefined) where §6.1 has none
    expect(externalState(internal as InternalStatus)).toStrictEqual(expected)
  })

  it('serialises unfinished and successful states without code or message keys', () => {
    expect(JSON.stringify(externalState('CREATED'))).toBe('{"status":"created","finished":false}')
    expect(JSON.stringify(externalState('CAPTURED'))).toBe('{"status":"success","finished":true}')
    expect(JSON.stringify(externalState('SYSTEM CANCELLED'))).toBe(
      '{"status":"cancelled","finished":true,"code":"P0040","message":"Payment was cancelled by the service"}',
    )
  })

  it('uses the code string "cancelled by the service", not the docs\' "by your service" (§6.1, §15.3)', () => {
    expect(externalState('SYSTEM CANCELLED').message).toBe('Payment was cancelled by the service')
  })

  it('returns a copy each time, so a caller cannot change the table', () => {
    const state = externalState('CREATED')
    state.status = 'failed'
    state.finished = true
    expect(externalState('CREATED')).toStrictEqual(CREATED)
  })
})

describe('SEARCHABLE_STATES', () => {
  it('is every external status except capturable (§3.3)', () => {
    expect([...SEARCHABLE_STATES]).toEqual(['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error'])
    expect(SEARCHABLE_STATES).not.toContain('capturable')
  })
})
