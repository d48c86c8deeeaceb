// GET /v1/agreements/{agreementId} (pay-api-contract.md §10): the agreement as ledger keeps it.
import { describe, expect, it } from 'vitest'
import { updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { newAgreement, recurringOn } from '../../../../support/agreement-scenarios.ts'
import { currentServiceId, otherService } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const NOT_FOUND = { code: 'P2200', description: 'Not found' }

describe('GET /v1/agreements/{agreementId}', () => {
  it('answers 200 with the agreement as it was created', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    const response = await api('GET', `/v1/agreements/${id}`, { key })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ agreement_id: id, status: 'created', reference: 'CT-22-23-0001', user_identifier: 'user-1' })
    expect(response.json).not.toHaveProperty('payment_instrument')
    expect(response.json).not.toHaveProperty('cancelled_date')
  })

  it('still answers once recurring payments have been switched off again (ledger keeps the agreement)', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    await updateService(await currentServiceId(), { settings: { recurringPayments: false } })
    expect((await api('GET', `/v1/agreements/${id}`, { key })).status).toBe(200)
  })

  it('answers 404 P2200 for an unknown id, whether or not the service takes recurring payments', async () => {
    const key = await newKey()
    const unknown = await api('GET', '/v1/agreements/hu20sqlact5260q2nanm0q8u93', { key })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toStrictEqual(NOT_FOUND)
  })

  it('answers 404 P2200 for another service’s agreement', async () => {
    await recurringOn()
    const id = await newAgreement(await newKey())
    const other = await otherService()
    const response = await api('GET', `/v1/agreements/${id}`, { key: other.key })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual(NOT_FOUND)
  })
})
