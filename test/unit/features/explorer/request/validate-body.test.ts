// The body is checked against the operation's schema as it is typed.
import { describe, expect, it } from 'vitest'
import { findOperation } from '../../../../../src/features/explorer/catalogue/operations.ts'
import { validateBody } from '../../../../../src/features/explorer/request/validate-body.ts'

const schema = findOperation('create-payment')!.bodySchema
const messages = (text: string) => validateBody(schema, text).map((issue) => `${issue.severity}: ${issue.message}`)
const valid = { amount: 100, reference: 'r', description: 'd', return_url: 'https://x.gov.uk/done' }

describe('checking the body', () => {
  it('accepts the example and reports nothing', () => {
    expect(messages(JSON.stringify(valid))).toEqual([])
  })

  it('says where JSON is broken', () => {
    expect(messages('{\n  "amount": 100,\n  "reference": }')[0]).toMatch(/^error: The body is not valid JSON: unexpected character \(line 3, column 16\)$/)
    expect(messages('')[0]).toBe('error: The body is empty. The API needs a JSON object here')
    expect(messages('{"amount": 1} trailing')).toEqual(['note: The API reads only the first JSON value: anything after it is ignored'])
  })

  it('reports missing, mistyped, too long, out of range and not-allowed values, and notes unknown fields', () => {
    expect(
      messages(
        JSON.stringify({
          amount: '100',
          reference: 'a<b',
          description: 'x'.repeat(256),
          language: 'fr',
          prefilled_cardholder_details: { billing_address: { postcode: 'x'.repeat(26) } },
          metadata: { nested: { no: 1 } },
          colour: 'blue',
        }),
      ),
    ).toEqual([
      'error: return_url is required',
      'error: amount must be a whole number, not a string',
      'error: reference must not contain <, > or |',
      'error: description must be 255 characters or fewer',
      'error: language must be one of en, cy',
      'error: prefilled_cardholder_details.billing_address.postcode must be 25 characters or fewer',
      'error: metadata.nested must be a string in double quotes, or a number, or true or false',
      'note: colour is not a field the API knows: it will be ignored',
    ])
    expect(messages(JSON.stringify({ ...valid, amount: 0, return_url: 'not a url' }))).toEqual([
      'error: amount must be a whole number from 1 to 10000000',
      'error: return_url must be a full http or https address, like https://your.service.gov.uk/completed',
    ])
  })
})
