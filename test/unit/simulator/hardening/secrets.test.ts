// Secrets stay secret. An API key is stored only as its hash and shown once, at creation; it never
// reaches the request log the explorer's history is built from, an error body, or the console. A
// card's full number and security code are never stored anywhere.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onApiExchange, type ApiExchange } from '../../../../src/simulator/services/api-exchanges.ts'
import { createApiKey, listApiKeys, revokeApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { hashApiKey } from '../../../../src/simulator/services/api-key-format.ts'
import { authorisePayment, beginCardEntry, confirmPayment } from '../../../../src/simulator/services/hosted-session.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { ALL_TABLES } from '../../../../src/simulator/store/database.ts'
import { card, paymentIn } from '../../../support/payment-fixtures.ts'
import { currentServiceId } from '../../../support/payment-scenarios.ts'
import { api, useSimulator, validPayment } from '../../../support/simulator.ts'

useSimulator()

afterEach(() => {
  vi.restoreAllMocks()
})

/** Every table as text, and every key and string value found in it, however deeply nested. */
/** Every stored record as text, every text value, and the names of fields that hold anything but yes/no. */
async function everythingStored(): Promise<{ text: string; strings: string[]; keys: string[] }> {
  const rows: unknown[] = []
  for (const table of ALL_TABLES) rows.push(...(await database().table(table).toArray()))
  const strings: string[] = []
  const keys: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        // A yes/no field (such as the MOTO setting that hides the card number) cannot hold card data.
        if (typeof inner !== 'boolean') keys.push(key)
        walk(inner)
      }
    }
  }
  walk(rows)
  return { text: JSON.stringify(rows), strings, keys }
}

/** Captures everything written to the console while `work` runs. */
async function consoleDuring(work: () => Promise<void>): Promise<string> {
  const lines: string[] = []
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
    })
  }
  await work()
  return lines.join('\n')
}

describe('API keys', () => {
  it('are stored only as a hash: neither the key nor its secret part is anywhere in the database', async () => {
    const serviceId = await currentServiceId()
    const { key, record } = await createApiKey(serviceId, 'Trainer key')
    const secretPart = key.slice('api_test_'.length)
    const { text } = await everythingStored()
    expect(text).not.toContain(key)
    expect(text).not.toContain(secretPart)
    expect(record.hash).toBe(await hashApiKey(key))
    expect(record).not.toHaveProperty('key')
  })

  it('appear in full once, at creation: listing the keys gives names and dates, never the key', async () => {
    const serviceId = await currentServiceId()
    const { key } = await createApiKey(serviceId, 'Listed key')
    const listed = await listApiKeys(serviceId)
    expect(listed).toHaveLength(1)
    expect(JSON.stringify(listed)).not.toContain(key)
    expect(JSON.stringify(listed)).not.toContain(key.slice(-32))
  })

  it('never reach the request log, an answer or the console, whether the request succeeds or is refused', async () => {
    const serviceId = await currentServiceId()
    const { key } = await createApiKey(serviceId, 'Logged key')
    const { key: revoked } = await createApiKey(serviceId, 'Revoked key')
    await revokeApiKey(revoked)
    const tampered = key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a')
    const exchanges: ApiExchange[] = []
    const stop = onApiExchange((exchange) => exchanges.push(exchange))
    const answers: string[] = []
    const logged = await consoleDuring(async () => {
      for (const presented of [key, revoked, tampered]) {
        for (const accept of ['application/json', '*/*', 'text/plain']) {
          answers.push((await api('GET', '/v1/payments', { key: presented, headers: { Accept: accept } })).text)
        }
        answers.push((await api('POST', '/v1/payments', { key: presented, body: validPayment() })).text)
        answers.push((await api('POST', '/v1/payments', { key: presented, rawBody: '{"amount":' })).text)
        answers.push((await api('GET', '/v1/payments/no-such-payment/refunds', { key: presented })).text)
      }
    })
    // The log is written just after each answer is handed back.
    await vi.waitFor(() => expect(exchanges.length).toBe(18))
    stop()
    for (const secret of [key, revoked, tampered]) {
      expect(exchanges.filter((exchange) => JSON.stringify(exchange).includes(secret)), 'in the request log').toEqual([])
      expect(answers.filter((answer) => answer.includes(secret)), 'in an answer').toEqual([])
      expect(logged).not.toContain(secret)
    }
    for (const exchange of exchanges) expect(exchange.requestHeaders.authorization).toBe('Bearer [redacted]')
  })
})

describe('card details', () => {
  const AMEX = '371449635398431'
  const AMEX_CID = '7391'

  it('keep only the first six and last four digits: no full number or security code is stored', async () => {
    const payment = await paymentIn('created')
    await beginCardEntry(payment.id)
    await authorisePayment(payment.id, card(AMEX, { cvc: AMEX_CID }))
    await confirmPayment(payment.id)
    const { text, strings, keys } = await everythingStored()
    expect(text).not.toContain(AMEX)
    expect(strings).not.toContain(AMEX_CID)
    expect(keys.filter((key) => /cvc|cvv|security.?code|card.?(number|no)\b|pan\b/i.test(key))).toEqual([])
    const stored = (await database().payments.get(payment.id))!
    expect(stored.cardDetails).toMatchObject({ firstDigits: '371449', lastDigits: '8431' })
  })

  it('are not stored when the card is refused either', async () => {
    const payment = await paymentIn('created')
    await beginCardEntry(payment.id)
    await expect(authorisePayment(payment.id, card('4000000000000002', { cvc: '55a' }))).rejects.toThrow()
    const { text, strings } = await everythingStored()
    expect(text).not.toContain('4000000000000002')
    expect(strings).not.toContain('55a')
  })
})
