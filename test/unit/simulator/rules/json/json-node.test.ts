// The JSON parser behind every request body: it must accept and refuse exactly what the real
// service's Jackson parser does (a refusal is 400 "Unable to parse JSON", pay-api-contract.md §1.4),
// and keep what JSON.parse loses: whether a number was written as a 32-bit integer (§3.1 `amount`
// uses Jackson's isInt) and how Jackson's asInt reads a value (§8.1 `refund_amount_available`).
import { describe, expect, it } from 'vitest'
import {
  asInt,
  field,
  isInt,
  type JsonNode,
  JsonSyntaxError,
  parseJson,
  toPlain,
} from '../../../../../src/simulator/rules/json/json-node.ts'

/** The value of `"v"` in `{"v": <literal>}`, parsed. */
const valueOf = (literal: string): JsonNode => {
  const node = field(parseJson(`{"v":${literal}}`), 'v')
  if (node === undefined) throw new Error(`no value parsed from ${literal}`)
  return node
}

describe('parseJson', () => {
  it('parses every kind of value into nodes', () => {
    expect(parseJson(' {"a": [1, -2.5, "x", true, false, null, {}], "b": {"c": ""}} ')).toStrictEqual({
      kind: 'object',
      fields: new Map<string, JsonNode>([
        [
          'a',
          {
            kind: 'array',
            items: [
              { kind: 'number', raw: '1', value: 1, integral: true },
              { kind: 'number', raw: '-2.5', value: -2.5, integral: false },
              { kind: 'string', value: 'x' },
              { kind: 'boolean', value: true },
              { kind: 'boolean', value: false },
              { kind: 'null' },
              { kind: 'object', fields: new Map() },
            ],
          },
        ],
        ['b', { kind: 'object', fields: new Map([['c', { kind: 'string', value: '' }]]) }],
      ]),
    })
  })

  it('decodes every escape sequence', () => {
    expect(valueOf(String.raw`"\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00"`)).toStrictEqual({
      kind: 'string',
      value: '" \\ / \b \f \n \r \t é 😀',
    })
  })

  it('accepts tabs, carriage returns and new lines between tokens', () => {
    expect(toPlain(parseJson('\t{\r\n"a"\n:\t1\r}\n'))).toStrictEqual(Object.assign(Object.create(null), { a: 1 }))
  })

  it.each([
    ['100', true],
    ['-7', true],
    ['0', true],
    ['100.0', false],
    ['100.5', false],
    ['1e2', false],
    ['1E2', false],
    ['1e-2', false],
    ['-0.0', false],
  ])('marks %s as integral: %s', (literal, integral) => {
    expect(valueOf(literal)).toMatchObject({ kind: 'number', raw: literal, integral })
  })

  it('keeps the last value of a duplicated key, in the place of the first', () => {
    const root = parseJson('{"a": 1, "b": 2, "a": "last"}')
    expect(root.kind === 'object' && [...root.fields.keys()]).toStrictEqual(['a', 'b'])
    expect(field(root, 'a')).toStrictEqual({ kind: 'string', value: 'last' })
  })

  it('treats keys that differ only in case as different keys', () => {
    const root = parseJson('{"a": 1, "A": 2}')
    expect(toPlain(root)).toStrictEqual(Object.assign(Object.create(null), { a: 1, A: 2 }))
  })

  it('ignores anything after the first complete value', () => {
    expect(toPlain(parseJson('{"amount": 1} trailing garbage'))).toStrictEqual(
      Object.assign(Object.create(null), { amount: 1 }),
    )
    expect(toPlain(parseJson('{"amount": 1}}'))).toStrictEqual(Object.assign(Object.create(null), { amount: 1 }))
    expect(toPlain(parseJson('[1] [2]'))).toStrictEqual([1])
  })

  it('accepts nesting 1000 levels deep and refuses 1001', () => {
    expect(() => parseJson('['.repeat(1000) + ']'.repeat(1000))).not.toThrow()
    expect(() => parseJson('['.repeat(1001) + ']'.repeat(1001))).toThrow(JsonSyntaxError)
    const objects = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)
    expect(() => parseJson(objects(1000))).not.toThrow()
    expect(() => parseJson(objects(1001))).toThrow(JsonSyntaxError)
  })

  it('accepts numbers of up to 1000 digits, not counting the sign, point or exponent', () => {
    const digits = (n: number) => '9'.repeat(n)
    expect(valueOf(digits(1000))).toMatchObject({ kind: 'number', integral: true })
    expect(valueOf(`-${digits(1000)}`)).toMatchObject({ kind: 'number', integral: true })
    expect(valueOf(`-${digits(500)}.${digits(500)}`)).toMatchObject({ kind: 'number', integral: false })
    expect(valueOf(`-${digits(499)}.${digits(499)}e-10`)).toMatchObject({ kind: 'number', integral: false })
  })

  it.each([
    ['an integer of 1001 digits', '9'.repeat(1001)],
    ['a negative integer of 1001 digits', `-${'9'.repeat(1001)}`],
    ['a decimal of 1001 digits', `${'9'.repeat(500)}.${'9'.repeat(501)}`],
  ])('refuses %s', (_name, literal) => {
    expect(() => parseJson(`{"v":${literal}}`)).toThrow(JsonSyntaxError)
  })

  it.each([
    ['an empty body', ''],
    ['only white space', ' \n\t '],
    ['an unclosed object', '{'],
    ['a missing value', '{"amount":'],
    ['an unquoted key', '{amount:1}'],
    ['single quotes', "{'amount':1}"],
    ['a single-quoted value', `{"reference":'abc'}`],
    ['a trailing comma in an object', '{"amount":1,}'],
    ['a trailing comma in an array', '{"a":[1,]}'],
    ['a missing comma', '{"a":1 "b":2}'],
    ['a missing colon', '{"a" 1}'],
    ['a hexadecimal literal', '{"amount":0x10}'],
    ['an octal literal', '{"amount":010}'],
    ['a binary literal', '{"amount":0b1}'],
    ['a leading zero', '{"amount":01}'],
    ['a leading plus sign', '{"amount":+1}'],
    ['a leading decimal point', '{"amount":.5}'],
    ['a trailing decimal point', '{"amount":1.}'],
    ['an exponent without digits', '{"amount":1e}'],
    ['a lone minus sign', '{"amount":-}'],
    ['NaN', '{"amount":NaN}'],
    ['Infinity', '{"amount":Infinity}'],
    ['a URL-encoded null byte', '{"amount":%00}'],
    ['a misspelt literal', '{"moto":tru}'],
    ['a capitalised literal', '{"moto":True}'],
    ['an unterminated string', '{"reference":"abc'],
    ['a raw control character in a string', '{"reference":"a\u0001b"}'],
    ['a raw new line in a string', '{"reference":"a\nb"}'],
    ['an unknown escape', String.raw`{"reference":"\x41"}`],
    ['a short unicode escape', String.raw`{"reference":"\u12"}`],
    ['a comment', '/* note */ {"amount":1}'],
    ['a key that is not a string', '{1:2}'],
  ])('refuses %s', (_name, text) => {
    expect(() => parseJson(text)).toThrow(JsonSyntaxError)
  })
})

describe('isInt', () => {
  it.each(['0', '-0', '1', '100', '2147483647', '-2147483648'])('is true for %s', (literal) => {
    expect(isInt(valueOf(literal))).toBe(true)
  })

  it.each(['2147483648', '-2147483649', '99999999999999999999', '100.0', '100.5', '1e2', '1.0E2', '-0.0'])(
    'is false for the number %s',
    (literal) => {
      expect(isInt(valueOf(literal))).toBe(false)
    },
  )

  it.each(['"100"', 'true', 'null', '{}', '[1]'])('is false for %s', (literal) => {
    expect(isInt(valueOf(literal))).toBe(false)
  })

  it('is false for a missing value', () => {
    expect(isInt(undefined)).toBe(false)
  })
})

describe('asInt', () => {
  it.each([
    ['42', 42],
    ['-42', -42],
    ['2147483647', 2147483647],
    ['2147483648', -2147483648],
    ['4294967297', 1],
    ['-4294967297', -1],
    ['1.9', 1],
    ['-1.9', -1],
    ['1e2', 100],
    ['1e20', 2147483647],
    ['-1e20', -2147483648],
    ['1e400', 2147483647],
    ['true', 1],
    ['false', 0],
    ['null', 0],
    ['{}', 0],
    ['[5]', 0],
  ])('reads %s as %i', (literal, expected) => {
    expect(asInt(valueOf(literal))).toBe(expected)
  })

  it.each([
    ['42', 42],
    [' 42 ', 42],
    ['\t42\n', 42],
    ['+42', 42],
    ['-42', -42],
    ['007', 7],
    ['2147483647', 2147483647],
    ['-2147483648', -2147483648],
    ['2147483648', 0],
    ['99999999999', 0],
    ['-99999999999', 0],
    ['4.7', 4],
    ['-4.7', -4],
    ['1e2', 100],
    ['.5', 0],
    ['5.', 5],
    ['1.5f', 1],
    ['2.5D', 2],
    ['1e20', 2147483647],
    ['Infinity', 2147483647],
    ['-Infinity', -2147483648],
    ['NaN', 0],
    ['0x10', 0],
    ['abc', 0],
    ['12abc', 0],
    ['', 0],
    ['   ', 0],
    ['-', 0],
    ['+', 0],
    ['\u00a042', 0],
  ])('reads the text %j as %i', (text, expected) => {
    expect(asInt({ kind: 'string', value: text })).toBe(expected)
  })
})

describe('field', () => {
  it('returns a field of an object, and nothing for a missing field or any other node', () => {
    const root = parseJson('{"a": {"b": 1}, "n": null}')
    expect(field(field(root, 'a'), 'b')).toMatchObject({ kind: 'number', value: 1 })
    expect(field(root, 'n')).toStrictEqual({ kind: 'null' })
    expect(field(root, 'missing')).toBeUndefined()
    expect(field(parseJson('[{"a":1}]'), 'a')).toBeUndefined()
    expect(field(parseJson('"a"'), 'a')).toBeUndefined()
    expect(field(undefined, 'a')).toBeUndefined()
  })
})

describe('toPlain', () => {
  it('turns nodes into plain values, with objects that have no prototype', () => {
    const plain = toPlain(parseJson('{"__proto__": {"x": 1}, "list": [1.5, "a", false, null]}'))
    expect(Object.getPrototypeOf(plain)).toBeNull()
    expect(JSON.stringify(plain)).toBe('{"__proto__":{"x":1},"list":[1.5,"a",false,null]}')
  })
})
