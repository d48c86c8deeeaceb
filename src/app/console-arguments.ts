// Checks the arguments given to `window.payPlayground` (console-api.ts). People type these calls by
// hand in DevTools, so a wrong argument is refused with a TypeError that says what was wrong and
// what the call expects, rather than being ignored or guessed at.
/** How a value reads in a message: `the string "10"`, `the number 42`, `undefined`, `an object`. */
export function described(value: unknown): string {
  if (value === undefined || value === null) return String(value)
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `the ${typeof value} ${String(value)}`
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'symbol' ? 'a symbol' : 'an object'
}

export interface ClockAdvance {
  minutes?: number
  hours?: number
  days?: number
}

const CLOCK_UNITS = ['minutes', 'hours', 'days'] as const
const CLOCK_EXAMPLE = 'advanceClock({ minutes: 91 })'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function checkClockAdvance(by: unknown): ClockAdvance {
  if (!isPlainObject(by)) {
    throw new TypeError(`advanceClock needs an object saying how far to move the clock, for example ${CLOCK_EXAMPLE}, not ${described(by)}`)
  }
  const unknown = Object.keys(by).find((name) => !(CLOCK_UNITS as readonly string[]).includes(name))
  if (unknown !== undefined) {
    throw new TypeError(`advanceClock does not know “${unknown}”: give minutes, hours or days, for example ${CLOCK_EXAMPLE}`)
  }
  const given = CLOCK_UNITS.filter((unit) => by[unit] !== undefined)
  if (given.length === 0) {
    throw new TypeError(`advanceClock needs minutes, hours or days to move the clock by, for example ${CLOCK_EXAMPLE}`)
  }
  const advance: ClockAdvance = {}
  for (const unit of given) {
    const value = by[unit]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      const shown = typeof value === 'number' ? String(value) : described(value)
      throw new TypeError(`advanceClock: ${unit} must be a number of 0 or more, not ${shown}`)
    }
    advance[unit] = value
  }
  return advance
}

export function checkApiKey(key: unknown): string {
  if (typeof key !== 'string') {
    throw new TypeError(`revokeApiKey needs the full API key as a string, for example revokeApiKey('api_test_…'), not ${described(key)}`)
  }
  return key
}

/** An optional key name: a string when given. */
export function checkKeyName(name: unknown): string | undefined {
  if (name !== undefined && typeof name !== 'string') throw new TypeError(`createApiKey: the name must be a string, not ${described(name)}`)
  return name
}

export function checkServiceName(name: unknown): string {
  if (typeof name !== 'string') throw new TypeError(`createService needs the new service’s name as a string, not ${described(name)}`)
  return name
}

export function checkServiceId(serviceId: unknown): string {
  if (typeof serviceId !== 'string') throw new TypeError(`switchService needs a service id as a string, not ${described(serviceId)}`)
  return serviceId
}

export interface SeedArguments {
  count: number
  onProgress?: (progress: { added: number; total: number }) => void
}

/** The count's type and the options; how many payments may be added is seeding's own rule (a RangeError). */
export function checkSeedArguments(count: unknown, options: unknown): SeedArguments {
  if (typeof count !== 'number' || !Number.isInteger(count)) {
    const shown = typeof count === 'number' ? String(count) : described(count)
    throw new TypeError(`seedPayments needs a whole number of payments, such as seedPayments(100), not ${shown}`)
  }
  if (options === undefined) return { count }
  if (!isPlainObject(options)) throw new TypeError(`seedPayments: the options must be an object such as { onProgress }, not ${described(options)}`)
  const { onProgress } = options
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`seedPayments: onProgress must be a function, not ${described(onProgress)}`)
  }
  return { count, onProgress: onProgress as SeedArguments['onProgress'] }
}
