// Every language's code is written from the same request, so each one carries the exact address
// and query, the Authorization header, the other headers and the body the form holds.
import { describe, expect, it } from 'vitest'
import { findOperation } from '../../../../../src/features/explorer/catalogue/operations.ts'
import { buildRequest, toHar } from '../../../../../src/features/explorer/request/build-request.ts'
import { defaultInput } from '../../../../../src/features/explorer/request/request-input.ts'
import { generateSnippet } from '../../../../../src/features/explorer/snippets/generate-snippet.ts'
import { findLanguage, SNIPPET_LANGUAGES } from '../../../../../src/features/explorer/snippets/languages.ts'

const KEY = 'api_test_0123456789abcdefghijklmnopqrstuv0123456789abcdefghijklmnopqrstuv'
const create = findOperation('create-payment')!
const search = findOperation('search-payments')!

const postInput = {
  ...defaultInput(create),
  body: '{\n  "amount": 2500,\n  "reference": "it\'s",\n  "description": "Tax",\n  "return_url": "https://x.gov.uk/done"\n}',
  headers: [{ name: 'Idempotency-Key', value: 'abc-123' }],
}
const post = buildRequest(create, postInput, KEY)
const get = buildRequest(search, { ...defaultInput(search), query: { reference: 'a&b c', from_date: '2026-01-01T00:00:00Z' } }, KEY)

describe('code snippets', () => {
  it('offers curl, Node, Python, Ruby, PHP, Go, Java and C# at least', () => {
    const labels = SNIPPET_LANGUAGES.map((language) => language.label)
    for (const wanted of ['curl', 'Node.js', 'Python', 'Ruby', 'PHP', 'Go', 'Java', 'C#']) expect(labels).toContain(wanted)
  })

  it('writes curl with the exact URL and query, the key, every header and the body as typed', async () => {
    const code = await generateSnippet(toHar(get), findLanguage('curl'))
    expect(get.url).toBe('https://publicapi.payments.service.gov.uk/v1/payments?reference=a%26b+c&from_date=2026-01-01T00%3A00%3A00Z')
    expect(code).toContain(`--url '${get.url}'`)
    expect(code).toContain(`--header 'Authorization: Bearer ${KEY}'`)

    const postCode = await generateSnippet(toHar(post), findLanguage('curl'))
    expect(postCode).toContain('--request POST')
    expect(postCode).toContain("--header 'Content-Type: application/json'")
    expect(postCode).toContain("--header 'Idempotency-Key: abc-123'")
    expect(postCode).toContain(`--data '${postInput.body.replace(/'/g, "'\\''")}'`)
  })

  it.each(SNIPPET_LANGUAGES.map((language) => [language.label, language]))('writes %s with the address, key, headers and body', async (_, language) => {
    const code = await generateSnippet(toHar(post), language)
    expect(code).toContain('publicapi.payments.service.gov.uk')
    expect(code).toContain(KEY)
    expect(code).toContain('Idempotency-Key')
    expect(code).toContain('abc-123')
    expect(code).toMatch(/application\/json/)
    expect(code).toContain('2500')
    expect(code).toContain('https://x.gov.uk/done')
    const getCode = await generateSnippet(toHar(get), language)
    expect(getCode).toMatch(/from_date/)
    expect(getCode).toMatch(/a%26b\+c|a&b c/)
  })

  it('keeps a body the language would change (a repeated key) exactly as typed, with its JSON content type', async () => {
    const odd = buildRequest(create, { ...defaultInput(create), body: '{"amount": 1, "amount": 100.0}' }, KEY)
    for (const language of SNIPPET_LANGUAGES) {
      const code = await generateSnippet(toHar(odd), language)
      expect(code, language.label).toMatch(/100\.0/)
      expect(code, language.label).toMatch(/application\/json/)
      expect(code, language.label).not.toMatch(/text\/plain/)
    }
  })
})
