// The running simulator: once stopped (another tab opened a newer version of its storage), every
// operation fails at once with a message that says what to do, and the API answers as the real one
// does when it cannot reach its key service, instead of hanging or throwing out of the handler.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import {
  NEWER_VERSION_MESSAGE,
  onRuntimeStopped,
  runtimeStoppedReason,
  SimulatorStoppedError,
  stopRuntime,
} from '../../../../src/simulator/services/runtime.ts'
import { ensureCurrentService } from '../../../../src/simulator/services/service-accounts.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

useSimulator()

afterEach(() => {
  vi.restoreAllMocks()
})

describe('stopRuntime', () => {
  it('makes every later operation fail with the reason, and tells listeners once', async () => {
    const service = await ensureCurrentService()
    const listener = vi.fn()
    const unsubscribe = onRuntimeStopped(listener)
    expect(runtimeStoppedReason()).toBeUndefined()

    stopRuntime(NEWER_VERSION_MESSAGE)
    stopRuntime('a second reason is ignored')
    unsubscribe()

    expect(listener).toHaveBeenCalledTimes(1)
    expect(runtimeStoppedReason()).toBe(NEWER_VERSION_MESSAGE)
    const attempt = createApiKey(service.id, 'after the stop')
    await expect(attempt).rejects.toBeInstanceOf(SimulatorStoppedError)
    await expect(attempt).rejects.toThrow('Reload the page to carry on.')
  })

  it('makes the API answer 503 in the framework’s shape rather than fail inside the handler', async () => {
    const key = await newKey()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error')
    stopRuntime(NEWER_VERSION_MESSAGE)
    const response = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(response.status).toBe(503)
    expect(response.json).toStrictEqual({ code: 503, message: 'HTTP 503 Service Unavailable' })
    expect(error).not.toHaveBeenCalled()
  })
})
