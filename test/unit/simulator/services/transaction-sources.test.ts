import { describe, expect, it } from 'vitest'
import { compareRows, rowBefore, transactionSources } from '../../../../src/simulator/services/transaction-sources.ts'
import { currentServiceId } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

const kinds = async (query: Parameters<typeof transactionSources>[1]) =>
  transactionSources(await currentServiceId(), query).map((source) => `${source.type}:${source.kind}`)

describe('transaction sources', () => {
  it('orders rows newest first, a refund before a payment of the same millisecond, then by id', () => {
    const payment = { type: 'payment' as const, id: 'b', createdAt: 10 }
    expect(rowBefore({ ...payment, createdAt: 11 }, payment)).toBe(true)
    expect(rowBefore({ type: 'refund', id: 'a', createdAt: 10 }, payment)).toBe(true)
    expect(rowBefore({ ...payment, id: 'c' }, payment)).toBe(true)
    expect(compareRows(payment, payment)).toBe(0)
  })

  it('pages straight off an index when no filter needs a record read', async () => {
    expect(await kinds({})).toEqual(['payment:indexed', 'refund:indexed'])
    expect(await kinds({ from: 1, to: 2 })).toEqual(['payment:indexed', 'refund:indexed'])
    expect(await kinds({ states: ['Success'] })).toEqual(['payment:indexed'])
    expect(await kinds({ states: ['In progress'] })).toEqual(Array(4).fill('payment:indexed'))
    expect(await kinds({ states: ['Declined', 'Timed out', 'Cancelled'] })).toEqual(['payment:indexed', 'payment:indexed'])
    expect(await kinds({ lastDigits: '4242' })).toEqual(['payment:indexed', 'refund:scanned'])
    expect(await kinds({ states: ['Refund success', 'Refund error', 'Refund submitted'] })).toEqual(['refund:indexed'])
  })

  it('reads records where an index cannot decide', async () => {
    expect(await kinds({ reference: 'x' })).toEqual(['payment:scanned', 'refund:scanned'])
    expect(await kinds({ states: ['Declined'] })).toEqual(['payment:scanned'])
    expect(await kinds({ brands: ['visa'], states: ['Success'] })).toEqual(['payment:scanned'])
    expect(await kinds({ states: ['Refund success'] })).toEqual(['refund:scanned'])
  })
})
