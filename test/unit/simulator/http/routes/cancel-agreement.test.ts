// POST /v1/agreements/{agreementId}/cancel (pay-api-contract.md §10; connector's AgreementService.cancel).
import { describe, expect, it } from 'vitest'
import { newAgreement, recurringOn, setUp } from '../../../../support/agreement-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const cancel = (key: string, id: string) => api('POST', `/v1/agreements/${id}/cancel`, { key })

describe('POST /v1/agreements/{agreementId}/cancel', () => {
  it('cancels an active agreement: 204 with no body, then status cancelled with a cancelled_date', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    await setUp(id)
    const response = await cancel(key, id)
    expect(response.status).toBe(204)
    expect(response.text).toBe('')
    const read = await api('GET', `/v1/agreements/${id}`, { key })
    expect(read.json.status).toBe('cancelled')
    expect(read.json.cancelled_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(read.json.payment_instrument.card_details.last_digits_card_number).toBe('1111')
  })

  it('answers 400 P2501 for an agreement that is not active: never set up, or cancelled already', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    const created = await cancel(key, id)
    expect(created.status).toBe(400)
    expect(created.json).toStrictEqual({ code: 'P2501', description: 'Cancellation of agreement failed' })
    await setUp(id)
    expect((await cancel(key, id)).status).toBe(204)
    expect((await cancel(key, id)).json.code).toBe('P2501')
  })

  it('answers 404 P2500 for an unknown agreement', async () => {
    const response = await cancel(await newKey(), 'hu20sqlact5260q2nanm0q8u93')
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P2500', description: 'Not found' })
  })
})
