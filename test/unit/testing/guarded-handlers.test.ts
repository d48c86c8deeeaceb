// The playground's one handler: requests to the API's address reach the simulator while its
// playground is open, and fail loudly once it is not; other addresses are left alone.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { guardedHandlers } from '../../../src/testing/guarded-handlers.ts'

let open = true
const server = setupServer(
  ...guardedHandlers(() => {
    if (!open) throw new Error('closed for the test')
  }),
)
const onUnhandledRequest = vi.fn()
beforeAll(() => server.listen({ onUnhandledRequest }))
afterAll(() => server.close())

it('lets the simulator answer while open (a request with no key gets the real servlet 401)', async () => {
  const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments')
  expect(response.status).toBe(401)
  expect(await response.text()).toContain('HTTP ERROR 401 Unauthorized')
})

it('answers with a 500 naming the reason once its playground is not open, and says so in the console', async () => {
  const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined)
  open = false
  try {
    const response = await fetch('https://publicapi.payments.service.gov.uk/v1/payments')
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ message: 'closed for the test' })
    expect(console).toHaveBeenCalledWith(expect.objectContaining({ message: 'closed for the test' }))
  } finally {
    open = true
    console.mockRestore()
  }
})

it('leaves every other address to the next handler', async () => {
  await fetch('https://example.service.gov.uk/', { signal: AbortSignal.timeout(2000) }).catch(() => undefined)
  expect(onUnhandledRequest).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://example.service.gov.uk/' }), expect.anything())
})
