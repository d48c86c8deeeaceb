// A JSON parser that keeps what JSON.parse throws away and the real API depends on: whether a
// number was written as an integer that fits in 32 bits (Jackson's `isInt`), so `100.0` and
// `1e2` are refused as amounts the way the real service refuses them. It also follows Jackson's
// defaults: a duplicate key keeps the last value, nesting deeper than 1000 levels or a number of
// more than 1000 digits is an error, and anything after the first complete value is ignored.

export type JsonNode =
  | { kind: 'object'; fields: Map<string, JsonNode> }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; raw: string; value: number; integral: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError'
}

const MAX_DEPTH = 1000
const MAX_NUMBER_LENGTH = 1000
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

export function parseJson(text: string): JsonNode {
  let pos = 0
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at position ${pos}`)
  }
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text[pos]
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break
      pos++
    }
  }
  const readString = (): string => {
    pos++ // opening quote
    let out = ''
    for (;;) {
      if (pos >= text.length) fail('Unterminated string')
      const c = text[pos++] as string
      if (c === '"') return out
      if (c < ' ') fail('Unescaped control character')
      if (c !== '\\') {
        out += c
        continue
      }
      const e = text[pos++]
      if (e === 'u') {
        const hex = text.slice(pos, pos + 4)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Bad unicode escape')
        out += String.fromCharCode(parseInt(hex, 16))
        pos += 4
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e]
      } else {
        fail('Unrecognised escape')
      }
    }
  }
  const readValue = (depth: number): JsonNode => {
    skipSpace()
    const c = text[pos]
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) fail('Nesting too deep')
      pos++
      return c === '{' ? readObject(depth + 1) : readArray(depth + 1)
    }
    if (c === '"') return { kind: 'string', value: readString() }
    for (const [word, node] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length
        return node
      }
    }
    NUMBER.lastIndex = pos
    const match = NUMBER.exec(text)
    if (!match) return fail('Unexpected character')
    const raw = match[0]
    // Jackson counts digits only: not the sign, the decimal point or the exponent marker.
    if (raw.replace(/\D/g, '').length > MAX_NUMBER_LENGTH) fail('Number too long')
    pos += raw.length
    return { kind: 'number', raw, value: Number(raw), integral: !/[.eE]/.test(raw) }
  }
  const readObject = (depth: number): JsonNode => {
    const fields = new Map<string, JsonNode>()
    skipSpace()
    if (text[pos] === '}') {
      pos++
      return { kind: 'object', fields }
    }
    for (;;) {
      skipSpace()
      if (text[pos] !== '"') fail('Expected a field name')
      const key = readString()
      skipSpace()
      if (text[pos++] !== ':') fail('Expected a colon')
      fields.set(key, readValue(depth))
      skipSpace()
      const sep = text[pos++]
      if (sep === '}') return { kind: 'object', fields }
      if (sep !== ',') fail('Expected a comma or the end of the object')
    }
  }
  const readArray = (depth: number): JsonNode => {
    const items: JsonNode[] = []
    skipSpace()
    if (text[pos] === ']') {
      pos++
      return { kind: 'array', items }
    }
    for (;;) {
      items.push(readValue(depth))
      skipSpace()
      const sep = text[pos++]
      if (sep === ']') return { kind: 'array', items }
      if (sep !== ',') fail('Expected a comma or the end of the array')
    }
  }
  skipSpace()
  if (pos >= text.length) fail('No content')
  return readValue(0)
}

const LITERALS: ReadonlyArray<readonly [string, JsonNode]> = [
  ['true', { kind: 'boolean', value: true }],
  ['false', { kind: 'boolean', value: false }],
  ['null', { kind: 'null' }],
]

const INT_MIN = -(2n ** 31n)
const INT_MAX = 2n ** 31n - 1n

/** Jackson's `isInt`: an integer literal that fits in a signed 32-bit int. */
export function isInt(node: JsonNode | undefined): node is Extract<JsonNode, { kind: 'number' }> {
  if (node?.kind !== 'number' || !node.integral) return false
  const value = BigInt(node.raw)
  return value >= INT_MIN && value <= INT_MAX
}

/** A field of an object node; any other node has no fields (Jackson's `get` returns null). */
export function field(node: JsonNode | undefined, name: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.fields.get(name) : undefined
}

/** Jackson's `asInt()`: numbers truncate to 32 bits, numeric text parses, anything else is 0. */
export function asInt(node: JsonNode): number {
  switch (node.kind) {
    case 'number':
      return node.integral ? Number(BigInt.asIntN(32, BigInt(node.raw))) : saturateToInt(node.value)
    case 'boolean':
      return node.value ? 1 : 0
    case 'string':
      return parseAsInt(node.value)
    default:
      return 0
  }
}

const JAVA_DOUBLE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/

/**
 * Jackson's `NumberInput.parseAsInt(text, 0)`: after Java's `trim()`, digits (with an optional
 * sign) parse as an int, or give 0 if they overflow it; anything else is read as a Java double
 * and cast, and text that is not a number is 0.
 */
function parseAsInt(value: string): number {
  // eslint-disable-next-line no-control-regex -- Java's String.trim drops every character up to U+0020
  let text = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (text.startsWith('+')) text = text.slice(1)
  const digits = text.startsWith('-') ? text.slice(1) : text
  if (/^\d*$/.test(digits)) {
    if (digits === '') return 0
    const whole = BigInt(text)
    return whole >= INT_MIN && whole <= INT_MAX ? Number(whole) : 0
  }
  if (!JAVA_DOUBLE.test(text)) return 0
  const number = Number(text.replace(/[fFdD]$/, ''))
  return Number.isNaN(number) ? 0 : saturateToInt(number)
}

/** Java's `(int) aDouble`: truncates towards zero and saturates at the 32-bit limits. */
function saturateToInt(value: number): number {
  return Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, Math.trunc(value)))
}

/** The node as a plain JavaScript value (objects become null-prototype records). */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
      for (const [key, value] of node.fields) out[key] = toPlain(value)
      return out
    }
    case 'array':
      return node.items.map(toPlain)
    case 'number':
      return node.value
    case 'null':
      return null
    default:
      return node.value
  }
}
