// One playground is open at a time in a process (the simulator's runtime is one per process):
// a second is refused while the first is open; a closed one refuses its helpers and its handlers;
// the next one starts empty.
import { setupServer } from 'msw/node'
import { afterEach, expect, it, vi } from 'vitest'
import { createPayPlayground, type PayPlayground } from '../../../src/testing/index.ts'

const opened: PayPlayground[] = []
const open = () => {
  const pay = createPayPlayground()
  opened.push(pay)
  return pay
}
afterEach(async () => {
  for (const pay of opened.splice(0)) await pay.close()
})

const search = (key: string) =>
  fetch('https://publicapi.payments.service.gov.uk/v1/payments', { headers: { Authorization: `Bearer ${key}` } })

it('refuses a second playground while one is open, and allows it once the first is closed', async () => {
  const first = open()
  expect(() => createPayPlayground()).toThrow('Another PayPlayground is open in this process')
  await first.close()
  expect(() => open()).not.toThrow()
})

it('a closed playground refuses its helpers and its handlers, and closing twice is harmless', async () => {
  const pay = open()
  const key = await pay.createApiKey()
  const server = setupServer(...pay.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    expect((await search(key)).status).toBe(200)
    await pay.close()
    await pay.close()
    await expect(pay.createApiKey()).rejects.toThrow('This PayPlayground has been closed')
    await expect(pay.advanceClock({ minutes: 1 })).rejects.toThrow('This PayPlayground has been closed')
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined) // msw reports the error there too
    const refused = await search(key)
    console.mockRestore()
    expect(refused.status).toBe(500)
    expect(await refused.text()).toContain('This PayPlayground has been closed')
  } finally {
    server.close()
  }
})

it('a new playground starts empty: the keys of the one before do not work in it', async () => {
  const first = open()
  const key = await first.createApiKey()
  await first.close()
  const second = open()
  const server = setupServer(...second.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    expect((await search(key)).status).toBe(401)
    const response = await search(await second.createApiKey())
    expect(await response.json()).toMatchObject({ total: 0 })
  } finally {
    server.close()
  }
})
