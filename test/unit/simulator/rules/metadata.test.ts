// `metadata` on a new payment (pay-api-contract.md §3.1, "Metadata constraints"): 422 P0102 for a
// value that is not an object, for null, and for each broken constraint. The code's limits are 15
// pairs and 100-character values. Several broken constraints are reported together, joined with
// ". ", in an order the real service does not fix (it collects them in a hash set).
import { describe, expect, it } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import { parseJson } from '../../../../src/simulator/rules/json/json-node.ts'
import { parseMetadata } from '../../../../src/simulator/rules/metadata.ts'

const PREFIX = 'Invalid attribute value: metadata. '

const TOO_MANY = 'Cannot have more than 15 key-value pairs'
const KEY_LENGTH = 'Keys must be between 1 and 30 characters long'
const VALUE_TYPE = 'Values must be of type String, Boolean or Number'
const VALUE_LENGTH = 'Values must be no greater than 100 characters long'
const NULL_VALUE = 'Must not have null values'
const DUPLICATE_KEYS = 'Must have case insensitive unique keys'

function rejection(json: string): { status: number; body: Record<string, string> } {
  try {
    parseMetadata(parseJson(json))
  } catch (error) {
    if (error instanceof PayApiError) return { status: error.status, body: error.toJSON() }
    throw error
  }
  throw new Error(`metadata ${json} was accepted`)
}

/** The broken constraints a rejection names, in the order given (which the real API does not fix). */
function messages(json: string): string[] {
  const { status, body } = rejection(json)
  expect(status).toBe(422)
  expect(Object.keys(body)).toStrictEqual(['field', 'code', 'description'])
  expect(body.field).toBe('metadata')
  expect(body.code).toBe('P0102')
  expect(body.description?.startsWith(PREFIX)).toBe(true)
  return (body.description ?? '').slice(PREFIX.length).split('. ')
}

const pairs = (count: number, value = '"v"') =>
  `{${Array.from({ length: count }, (_, i) => `"key${i}":${value}`).join(',')}}`

describe('parseMetadata', () => {
  it('returns string, number and boolean values as they were sent', () => {
    expect(parseMetadata(parseJson('{"ledger_code":"AB100","count":3,"rate":1.5,"reconciled":true,"x":false}')))
      .toStrictEqual({ ledger_code: 'AB100', count: 3, rate: 1.5, reconciled: true, x: false })
  })

  it('returns nothing for an empty object, which is stored as no metadata', () => {
    expect(parseMetadata(parseJson('{}'))).toBeUndefined()
  })

  it('keeps the last of two identical keys (the JSON parser drops the first)', () => {
    expect(parseMetadata(parseJson('{"a":"first","a":"second"}'))).toStrictEqual({ a: 'second' })
  })

  it('refuses null', () => {
    expect(rejection('null')).toStrictEqual({
      status: 422,
      body: { field: 'metadata', code: 'P0102', description: 'Invalid attribute value: metadata. Value must not be null' },
    })
  })

  it.each(['"a string"', '""', '42', '1.5', 'true', '[]', '[{"a":1}]'])('refuses %s, which is not an object', (json) => {
    expect(rejection(json)).toStrictEqual({
      status: 422,
      body: {
        field: 'metadata',
        code: 'P0102',
        description: 'Invalid attribute value: metadata. Must be an object of JSON key-value pairs',
      },
    })
  })

  it('accepts 15 pairs and refuses 16', () => {
    expect(Object.keys(parseMetadata(parseJson(pairs(15))) ?? {})).toHaveLength(15)
    expect(rejection(pairs(16))).toStrictEqual({
      status: 422,
      body: {
        field: 'metadata',
        code: 'P0102',
        description: 'Invalid attribute value: metadata. Cannot have more than 15 key-value pairs',
      },
    })
  })

  it('accepts keys of 1 to 30 characters', () => {
    expect(parseMetadata(parseJson(`{"k":1,"${'k'.repeat(30)}":2}`))).toStrictEqual({ k: 1, ['k'.repeat(30)]: 2 })
  })

  it.each([
    ['31 characters', 'k'.repeat(31)],
    ['no characters', ''],
  ])('refuses a key of %s', (_name, key) => {
    expect(rejection(`{"${key}":"v"}`).body.description).toBe(`${PREFIX}${KEY_LENGTH}`)
  })

  it.each([
    ['an object', '{"a":"b"}'],
    ['an empty object', '{}'],
    ['an array', '[1,2]'],
    ['an empty array', '[]'],
  ])('refuses a value that is %s', (_name, value) => {
    expect(rejection(`{"k":${value}}`).body.description).toBe(`${PREFIX}${VALUE_TYPE}`)
  })

  it('accepts values of up to 100 characters', () => {
    const value = 'v'.repeat(100)
    const number = '9'.repeat(100)
    expect(parseMetadata(parseJson(`{"text":"${value}","number":${number}}`))).toMatchObject({ text: value })
  })

  it.each([
    ['a string of 101 characters', `"${'v'.repeat(101)}"`],
    ['a number of 101 digits', '9'.repeat(101)],
    ['a negative number of 100 digits', `-${'9'.repeat(100)}`],
  ])('refuses %s', (_name, value) => {
    expect(rejection(`{"k":${value}}`).body.description).toBe(`${PREFIX}${VALUE_LENGTH}`)
  })

  it('measures a nested value by its Java text, so a long one breaks the length rule too', () => {
    // A nested object reads as {inner=vvv…}: 8 characters plus the value.
    expect(messages(`{"k":{"inner":"${'v'.repeat(92)}"}}`)).toStrictEqual([VALUE_TYPE])
    expect(messages(`{"k":{"inner":"${'v'.repeat(93)}"}}`).sort()).toStrictEqual([VALUE_TYPE, VALUE_LENGTH].sort())
    // An array reads as [a, b, …]: 2 characters plus the items and ", " between them.
    expect(messages(`{"k":[${Array(50).fill('1').join(',')}]}`).sort()).toStrictEqual(
      [VALUE_TYPE, VALUE_LENGTH].sort(),
    )
    expect(messages(`{"k":[${Array(33).fill('1').join(',')}]}`)).toStrictEqual([VALUE_TYPE])
  })

  it('refuses a null value, and judges it by nothing else', () => {
    expect(rejection('{"k":null}').body.description).toBe(`${PREFIX}${NULL_VALUE}`)
  })

  it.each([
    ['Ref', 'ref'],
    ['KEY', 'key'],
    ['aBc', 'AbC'],
  ])('refuses keys %s and %s, which differ only in case', (first, second) => {
    expect(rejection(`{"${first}":"1","${second}":"2"}`).body.description).toBe(`${PREFIX}${DUPLICATE_KEYS}`)
  })

  it('names every broken constraint, joined with ". "', () => {
    expect(messages(`{"k":null,"${'k'.repeat(31)}":"v"}`).sort()).toStrictEqual([KEY_LENGTH, NULL_VALUE].sort())
  })

  it('names all six constraints when all six are broken', () => {
    const body = [
      '"":"v"', // empty key
      '"nested":{"a":1}',
      `"long":"${'v'.repeat(101)}"`,
      '"nothing":null',
      '"Dup":1',
      '"dup":2',
      ...Array.from({ length: 10 }, (_, i) => `"k${i}":${i}`),
    ]
    expect(messages(`{${body.join(',')}}`).sort()).toStrictEqual(
      [TOO_MANY, KEY_LENGTH, VALUE_TYPE, VALUE_LENGTH, NULL_VALUE, DUPLICATE_KEYS].sort(),
    )
  })
})
