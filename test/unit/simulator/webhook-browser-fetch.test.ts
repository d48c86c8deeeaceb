// The browser's fetch as a way to deliver: an answer is an answer; a refusal is explained by whether
// anything answers at that address at all (the browser's cross-origin rules) or nothing does.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sendWithBrowserFetch } from '../../../src/simulator/webhook-browser-fetch.ts'

const outgoing = { url: 'https://hooks.example.com/pay', headers: [['Content-Type', 'application/json']] as Array<[string, string]>, body: '{}' }

afterEach(() => vi.unstubAllGlobals())

describe('sendWithBrowserFetch', () => {
  it('returns the status the endpoint answered with, having POSTed the body', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetch)
    expect(await sendWithBrowserFetch(outgoing)).toEqual({ kind: 'answered', status: 204 })
    expect(fetch).toHaveBeenCalledWith(outgoing.url, expect.objectContaining({ method: 'POST', body: '{}', mode: 'cors', credentials: 'omit' }))
  })

  it('explains a cross-origin refusal when the address answers a request the page may not read', async () => {
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      if (init.mode === 'no-cors') return new Response(null, { status: 200 })
      throw new TypeError('Failed to fetch')
    }))
    const answer = await sendWithBrowserFetch(outgoing)
    expect(answer.kind).toBe('error')
    expect(answer.kind === 'error' && answer.message).toMatch(/^The browser refused the request \(Failed to fetch\): https:\/\/hooks.example.com answers, but does not allow cross-origin requests from/)
    expect(answer.kind === 'error' && answer.message).toMatch(/Access-Control-Allow-Headers: content-type, pay-signature/)
  })

  it('says nothing answered when nothing does', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    expect(await sendWithBrowserFetch(outgoing)).toEqual({
      kind: 'error',
      message: 'The browser could not connect to https://hooks.example.com/pay (Failed to fetch): nothing answered at that address, or its certificate is not trusted.',
    })
  })

  it('counts no answer within 3 seconds as a timeout', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new DOMException('signal timed out', 'TimeoutError') }))
    expect(await sendWithBrowserFetch(outgoing)).toEqual({ kind: 'timeout' })
  })
})
