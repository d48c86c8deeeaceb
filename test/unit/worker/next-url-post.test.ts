// `next_url_post`: a form post to `<site>/secure` with `chargeTokenId` lands on the same one-time
// link as `next_url`.
import { describe, expect, it } from 'vitest'
import { answerNextUrlPost, isNextUrlPost } from '../../../src/worker/next-url-post.ts'

const SCOPE = 'https://example.github.io/pay-playground/'

const navigation = (url: string, init: RequestInit) => Object.defineProperty(new Request(url, init), 'mode', { value: 'navigate' })
const form = (fields: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(fields) })

describe('next_url_post', () => {
  it('is a navigation that posts to the site’s /secure, and nothing else', () => {
    expect(isNextUrlPost(navigation(`${SCOPE}secure`, form({ chargeTokenId: 'abc' })), SCOPE)).toBe(true)
    expect(isNextUrlPost(navigation(`${SCOPE}secure`, { method: 'GET' }), SCOPE)).toBe(false)
    expect(isNextUrlPost(new Request(`${SCOPE}secure`, form({ chargeTokenId: 'abc' })), SCOPE)).toBe(false)
    expect(isNextUrlPost(navigation(`${SCOPE}secure/abc`, form({})), SCOPE)).toBe(false)
    expect(isNextUrlPost(navigation('https://example.github.io/other/secure', form({})), SCOPE)).toBe(false)
  })

  it('answers with a 303 to the one-time link of the posted token', async () => {
    const response = await answerNextUrlPost(navigation(`${SCOPE}secure`, form({ chargeTokenId: 'tok-123' })), SCOPE)
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe(`${SCOPE}#/secure/tok-123`)
  })

  it('sends a post without a token to the page for a link that cannot be used', async () => {
    const response = await answerNextUrlPost(navigation(`${SCOPE}secure`, form({ other: 'x' })), SCOPE)
    expect(response.headers.get('Location')).toBe(`${SCOPE}#/secure/none`)
  })
})
