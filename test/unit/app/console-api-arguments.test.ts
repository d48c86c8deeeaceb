// The console API refuses arguments it cannot act on with a TypeError that says what was wrong and
// what it expects, instead of doing nothing or guessing; revoking a key twice reports false.
import { beforeEach, describe, expect, it } from 'vitest'
import { installConsoleApi } from '../../../src/app/console-api.ts'
import { clockOffset } from '../../../src/simulator/services/clock.ts'
import { useSimulator } from '../../support/simulator.ts'

const simulator = useSimulator()

beforeEach(() => {
  installConsoleApi(window)
})

/** Calls the console API with arguments its types forbid, as someone typing in DevTools can. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately wrong arguments
const untyped = () => window.payPlayground as any

async function refusal(call: Promise<unknown>): Promise<TypeError> {
  const error: unknown = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TypeError)
  return error as TypeError
}

describe('payPlayground.advanceClock', () => {
  it('refuses an empty object, naming the units it takes, and leaves the clock alone', async () => {
    const error = await refusal(untyped().advanceClock({}))
    expect(error.message).toMatch(/advanceClock needs minutes, hours or days/)
    expect(error.message).toContain('advanceClock({ minutes: 91 })')
    expect(await clockOffset()).toBe(0)
  })

  it('refuses a number given as text', async () => {
    const error = await refusal(untyped().advanceClock({ minutes: '10' }))
    expect(error.message).toBe('advanceClock: minutes must be a number of 0 or more, not the string "10"')
    expect(await clockOffset()).toBe(0)
  })

  it('refuses a name it does not know, such as a misspelt unit', async () => {
    const error = await refusal(untyped().advanceClock({ minute: 10 }))
    expect(error.message).toBe('advanceClock does not know “minute”: give minutes, hours or days, for example advanceClock({ minutes: 91 })')
  })

  it('refuses a negative, infinite or missing number, and a bare number', async () => {
    expect((await refusal(untyped().advanceClock({ hours: -1 }))).message).toContain('hours must be a number of 0 or more, not -1')
    expect((await refusal(untyped().advanceClock({ days: Infinity }))).message).toContain('days must be a number of 0 or more, not Infinity')
    expect((await refusal(untyped().advanceClock({ minutes: Number.NaN }))).message).toContain('not NaN')
    expect((await refusal(untyped().advanceClock(91))).message).toContain('advanceClock({ minutes: 91 })')
    expect(await clockOffset()).toBe(0)
  })

  it('still takes minutes, hours and days together', async () => {
    const moved = await window.payPlayground.advanceClock({ minutes: 1, hours: 1, days: 1 })
    expect(moved.expired).toBe(0)
    expect(await clockOffset()).toBe((24 * 60 + 60 + 1) * 60_000)
  })
})

describe('payPlayground.revokeApiKey', () => {
  it('resolves false for a key that was already revoked, and keeps the first revocation time', async () => {
    const key = await window.payPlayground.createApiKey()
    expect(await window.payPlayground.revokeApiKey(key)).toBe(true)
    const [first] = await simulator.db().apiKeys.toArray()
    expect(await window.payPlayground.revokeApiKey(key)).toBe(false)
    const [second] = await simulator.db().apiKeys.toArray()
    expect(second?.revokedAt).toBe(first?.revokedAt)
  })

  it('refuses something that is not a key as text', async () => {
    const error = await refusal(untyped().revokeApiKey(undefined))
    expect(error.message).toBe('revokeApiKey needs the full API key as a string, for example revokeApiKey(\'api_test_…\'), not undefined')
  })
})

describe('the other calls', () => {
  it('refuse arguments of the wrong type', async () => {
    expect((await refusal(untyped().createApiKey(42))).message).toBe('createApiKey: the name must be a string, not the number 42')
    expect((await refusal(untyped().createService())).message).toBe('createService needs the new service’s name as a string, not undefined')
    expect((await refusal(untyped().switchService({ id: 'x' }))).message).toBe('switchService needs a service id as a string, not an object')
    expect((await refusal(untyped().seedPayments('10'))).message).toBe('seedPayments needs a whole number of payments, such as seedPayments(100), not the string "10"')
    expect((await refusal(untyped().seedPayments(10, { onProgress: true }))).message).toBe('seedPayments: onProgress must be a function, not the boolean true')
    expect(await simulator.db().apiKeys.count()).toBe(0)
    expect(await simulator.db().payments.count()).toBe(0)
  })
})
