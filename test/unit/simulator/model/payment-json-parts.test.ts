// The parts of a payment the API's answers and webhook messages write alike.
import { describe, expect, it } from 'vitest'
import { cardDetailsJson, isoMillis, settlementSummaryJson } from '../../../../src/simulator/model/payment-json-parts.ts'
import type { PaymentRecord } from '../../../../src/simulator/model/types.ts'
import { STORED_VISA_DEBIT } from '../../../support/card-records.ts'

const card = STORED_VISA_DEBIT

describe('cardDetailsJson', () => {
  it('names the card’s fields as the real service does, in its order, with the billing address it is given', () => {
    const json = cardDetailsJson(card, { line1: 'as the writer keeps it' })
    expect(Object.keys(json)).toEqual([
      'last_digits_card_number',
      'first_digits_card_number',
      'cardholder_name',
      'expiry_date',
      'billing_address',
      'card_brand',
      'card_type',
    ])
    expect(json).toEqual({
      last_digits_card_number: '4242',
      first_digits_card_number: '424242',
      cardholder_name: 'Sherlock Holmes',
      expiry_date: '04/30',
      billing_address: { line1: 'as the writer keeps it' },
      card_brand: 'Visa',
      card_type: 'debit',
    })
  })

  it('keeps fields the card has none of as null', () => {
    expect(cardDetailsJson({ ...card, cardholderName: null, cardType: null }, null)).toMatchObject({ cardholder_name: null, card_type: null, billing_address: null })
  })
})

describe('settlementSummaryJson', () => {
  const T = Date.UTC(2026, 2, 5, 14, 3, 22, 512)
  it('is empty until the payment is captured, then has when capture was asked for and the day it was captured', () => {
    expect(settlementSummaryJson({} as PaymentRecord)).toEqual({})
    expect(settlementSummaryJson({ captureSubmitTime: T, capturedDate: '2026-03-05' } as PaymentRecord)).toEqual({
      capture_submit_time: '2026-03-05T14:03:22.512Z',
      captured_date: '2026-03-05',
    })
  })

  it('writes times to the millisecond, in UTC', () => {
    expect(isoMillis(T)).toBe('2026-03-05T14:03:22.512Z')
  })
})
