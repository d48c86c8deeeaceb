// Reading the JSON body the user typed: where it is broken, and whether re-serialising it would
// change what is sent.
import { JsonSyntaxError, parseJson } from '../../../simulator/rules/json/json-node.ts'

/** The text without the whitespace between tokens (whitespace inside strings is kept). */
export function minifyJson(text: string): string {
  let out = ''
  let inString = false
  let escaped = false
  for (const char of text) {
    if (inString) {
      out += char
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
      out += char
    } else if (!/\s/.test(char)) {
      out += char
    }
  }
  return out
}

/** Whether JSON.parse then JSON.stringify gives back the same JSON (no repeated keys, no 100.0, no escapes). */
export function keepsMeaningWhenReformatted(text: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === minifyJson(text)
  } catch {
    return false
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n')
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}

/**
 * Why the text is not JSON, with the line and column; undefined when it is JSON. It is read with
 * the simulator's own parser, so what it accepts is exactly what the API accepts.
 */
export function jsonSyntaxProblem(text: string): string | undefined {
  if (text.trim() === '') return 'The body is empty. The API needs a JSON object here'
  try {
    parseJson(text)
    return undefined
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    const [, what = error.message, position] = /^(.*) at position (\d+)$/.exec(error.message) ?? []
    const where = position === undefined ? '' : ` (${lineAndColumn(text, Number(position))})`
    return `The body is not valid JSON: ${what.toLowerCase()}${where}`
  }
}
