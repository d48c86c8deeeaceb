// Bodies of several megabytes: too-long fields, huge ignored properties, padding, garbage and
// nesting far past the parser's limit. Each is answered as the real API would, quickly enough, and
// only an accepted request stores anything.
import fc from 'fast-check'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { useSimulator } from '../../../support/simulator.ts'
import { buildWorld, sendAndCheck, type World } from './support/fuzz-world.ts'

const MB = 1024 * 1024
const RUNS = 8
let cases = 0

useSimulator()

let world: World
beforeEach(async () => {
  world = await buildWorld()
})

afterAll(() => {
  console.info(`[hardening] large bodies: ${cases} requests of 1–5 MB`)
})

const base = { amount: 1250, reference: 'BIG-1', description: 'A big request', return_url: 'https://your.service.gov.uk/completed' }

type Kind = 'long-description' | 'long-metadata-value' | 'whitespace-padding' | 'huge-ignored-array' | 'garbage' | 'deep-nesting' | 'refund-padding'

/** The body for a kind and size, and the status and code the real API gives it. */
function build(kind: Kind, bytes: number, paymentId: string): { path: string; body: string; status: number; code?: string } {
  switch (kind) {
    case 'long-description':
      return { path: '/v1/payments', body: JSON.stringify({ ...base, description: 'é'.repeat(bytes / 2) }), status: 422, code: 'P0102' }
    case 'long-metadata-value':
      return { path: '/v1/payments', body: JSON.stringify({ ...base, metadata: { note: 'x'.repeat(bytes) } }), status: 422, code: 'P0102' }
    case 'whitespace-padding':
      return { path: '/v1/payments', body: ' \n\t'.repeat(bytes / 3) + JSON.stringify(base) + ' '.repeat(16), status: 201 }
    case 'huge-ignored-array':
      return { path: '/v1/payments', body: JSON.stringify({ ...base, ignored: Array.from({ length: bytes / 2 }, (_, i) => i % 10) }), status: 201 }
    case 'garbage':
      return { path: '/v1/payments', body: `{"amount": ${'9'.repeat(16)}, "x": "${'\\q'.repeat(bytes / 2)}"}`, status: 400, code: 'P0197' }
    case 'deep-nesting':
      return { path: '/v1/payments', body: '['.repeat(bytes), status: 400, code: 'P0197' }
    case 'refund-padding':
      return { path: `/v1/payments/${paymentId}/refunds`, body: `${' '.repeat(bytes)}{"amount": 100}`, status: 202 }
  }
}

describe('bodies of several megabytes', () => {
  it('are answered as the real API answers them, and a refused one stores nothing', async () => {
    const refundable = world.paymentIds[4]! // the successful fixture payment, partly refunded
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Kind>('long-description', 'long-metadata-value', 'whitespace-padding', 'huge-ignored-array', 'garbage', 'deep-nesting', 'refund-padding'),
        fc.integer({ min: 1, max: 5 }),
        async (kind, megabytes) => {
          cases++
          const { path, body, status, code } = build(kind, megabytes * MB, refundable)
          expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(megabytes * MB * 0.9)
          const response = await sendAndCheck(world, {
            method: 'POST',
            path,
            query: '',
            key: 'valid',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body,
          })
          expect(response.status, kind).toBe(status)
          if (code) expect(JSON.parse(response.text).code, kind).toBe(code)
        },
      ),
      { numRuns: RUNS, seed: 42 },
    )
  }, 120_000)
})
