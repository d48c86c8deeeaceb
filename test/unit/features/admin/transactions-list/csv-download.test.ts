import { describe, expect, it } from 'vitest'
import { buildTransactionsCsv } from '../../../../../src/features/admin/transactions-list/csv-download.tsx'
import { updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { currentServiceId, makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { parseCsv } from '../../../../support/parse-csv.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()

describe('buildTransactionsCsv', () => {
  it('makes the file for the current service’s matching transactions, named for the time of download', async () => {
    const payment = await makePayment({ reference: 'CSV-A', amount: 1500 })
    await pay(payment.id)
    await makePayment({ reference: 'CSV-B' })
    const file = await buildTransactionsCsv({ states: ['Success'] })
    expect(file.name).toMatch(/^GOVUK_Pay_\d{4}-\d{2}-\d{2}_\d{2}:\d{2}:\d{2}\.csv$/)
    const { columns, rows } = parseCsv(file.text)
    expect(columns).not.toContain('MOTO')
    expect(rows.map((row) => [row.Reference, row.Amount, row.State])).toEqual([['CSV-A', '15.00', 'Success']])
  })

  it('has a MOTO column when the service takes MOTO payments', async () => {
    await updateService(await currentServiceId(), { settings: { moto: true } })
    await makePayment({ reference: 'MOTO-ISH' })
    const { columns, rows } = parseCsv((await buildTransactionsCsv({})).text)
    expect(columns.slice(20, 24)).toEqual(['Card Type', 'MOTO', 'Payment Provider', '3-D Secure Required'])
    expect(rows[0]?.MOTO).toBe('false')
  })
})
