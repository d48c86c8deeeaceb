// A page's requests to the API's address wait until something answers them (the worker once it
// controls the page, or the page itself), so none leaves for the real service; other requests are
// never held.
import { describe, expect, it, vi } from 'vitest'
import { holdApiRequests, type InPageAnswer } from '../../../src/simulator/api-requests.ts'

const API = 'https://publicapi.payments.service.gov.uk/v1/payments'

function page() {
  const network = vi.fn(async (input: RequestInfo | URL) => new Response(`network: ${input instanceof Request ? input.url : String(input)}`))
  const scope = { fetch: network as unknown as typeof fetch }
  let answer: (value: InPageAnswer) => void = () => {}
  holdApiRequests(new Promise((resolve) => (answer = resolve)), scope)
  return { scope, network, answer }
}

describe('holding API requests', () => {
  it('sends nothing to the API’s address until the worker controls the page, then lets it through', async () => {
    const { scope, network, answer } = page()
    const pending = scope.fetch(API)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(network).not.toHaveBeenCalled()
    answer(undefined)
    expect(await (await pending).text()).toBe(`network: ${API}`)
    expect(network).toHaveBeenCalledTimes(1)
  })

  it('answers in the page when the worker cannot run, for a URL, a string or a Request', async () => {
    const { scope, network, answer } = page()
    answer(async (request) => new Response(`simulated ${request.method} ${request.url}`))
    expect(await (await scope.fetch(API, { method: 'POST', body: '{}' })).text()).toBe(`simulated POST ${API}`)
    expect(await (await scope.fetch(new URL(API))).text()).toBe(`simulated GET ${API}`)
    expect(await (await scope.fetch(new Request(`${API}/abc`))).text()).toBe(`simulated GET ${API}/abc`)
    expect(network).not.toHaveBeenCalled()
  })

  it('never holds a request to any other address', async () => {
    const { scope, network } = page()
    expect(await (await scope.fetch('https://example.com/style.css')).text()).toBe('network: https://example.com/style.css')
    expect(await (await scope.fetch('https://publicapi.payments.service.gov.uk.example.com/x')).text()).toMatch(/^network:/)
    expect(network).toHaveBeenCalledTimes(2)
  })
})
