// JSON that JavaScript reads differently from Java, in the fields where it matters: keys named
// after Object.prototype's properties, repeated keys, and numbers JSON.parse would round. What a
// payment is created with is what it reads back with, as the real API (Jackson) would have it.
import { beforeEach, describe, expect, it } from 'vitest'
import { resetRateLimits } from '../../../../src/simulator/http/rate-limiter.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

let key: string
beforeEach(async () => {
  key = await newKey()
  resetRateLimits()
})

const base = '"amount":1000,"reference":"ODD","description":"Odd JSON","return_url":"https://your.service.gov.uk/completed"'

async function create(rawBody: string) {
  const created = await api('POST', '/v1/payments', { key, rawBody })
  const read = created.status === 201 ? await api('GET', `/v1/payments/${created.json.payment_id}`, { key }) : undefined
  return { created, read }
}

describe('odd JSON in a create-payment body', () => {
  it('keeps metadata keys named __proto__, constructor and toString as ordinary keys', async () => {
    const { created, read } = await create(`{${base},"metadata":{"__proto__":"a","constructor":"b","toString":"c","hasOwnProperty":1}}`)
    expect(created.status).toBe(201)
    for (const body of [created.json, read!.json]) {
      expect(Object.entries(body.metadata)).toEqual([
        ['__proto__', 'a'],
        ['constructor', 'b'],
        ['toString', 'c'],
        ['hasOwnProperty', 1],
      ])
    }
  })

  it('refuses __proto__ and PROTO differing only in case as keys that are not unique', async () => {
    const { created } = await create(`{${base},"metadata":{"__proto__":"a","__PROTO__":"b"}}`)
    expect(created.status).toBe(422)
    expect(created.json.description).toBe('Invalid attribute value: metadata. Must have case insensitive unique keys')
  })

  it('takes the last of repeated keys, as Jackson does, and ignores a top-level __proto__', async () => {
    const { created } = await create(`{"__proto__":{"amount":5},${base},"amount":2500,"reference":"LAST"}`)
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ amount: 2500, reference: 'LAST' })
  })

  it('reads a metadata number with more digits than a double holds without losing its size check', async () => {
    const { created } = await create(`{${base},"metadata":{"big":${'9'.repeat(101)}}}`)
    expect(created.status).toBe(422)
    expect(created.json.description).toBe('Invalid attribute value: metadata. Values must be no greater than 100 characters long')
  })
})
