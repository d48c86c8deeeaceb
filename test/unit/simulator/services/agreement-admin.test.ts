// What the admin site's agreements pages read: the reference matched in part (ledger's LIKE, unlike
// the API's exact match), and an agreement with its payments once due changes are applied.
import { describe, expect, it } from 'vitest'
import { searchAgreements } from '../../../../src/simulator/services/agreement-search.ts'
import { agreementWithPayments, listAgreements } from '../../../../src/simulator/services/agreement-admin.ts'
import { newAgreement, recurringOn, setUp, storedAgreement, takeWithAgreement } from '../../../support/agreement-scenarios.ts'
import { currentServiceId } from '../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

const references = (page: Awaited<ReturnType<typeof listAgreements>>) => page.results.map(({ agreement }) => agreement.reference)

describe('the admin site’s agreement reads', () => {
  it('match part of the reference in any case, with LIKE’s _ as any one character; the API still matches it whole', async () => {
    await recurringOn()
    for (const reference of ['TAX-2025', 'tax-2026', 'TAXI-1', 'RATES']) await storedAgreement(reference)
    const serviceId = await currentServiceId()
    expect(references(await listAgreements(serviceId, { reference: 'tax-' }, 1))).toEqual(['tax-2026', 'TAX-2025'])
    expect(references(await listAgreements(serviceId, { reference: 'ta_' }, 1))).toEqual(['TAXI-1', 'tax-2026', 'TAX-2025'])
    expect((await listAgreements(serviceId, { reference: 'tax', status: 'active' }, 1)).total).toBe(0)
    const api = await searchAgreements(serviceId, { reference: 'tax-', page: 1, displaySize: 20 })
    expect(api.total).toBe(0)
  })

  it('give an agreement with its payments newest first, after a queued payment has been authorised', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    const setUpPayment = await setUp(id, { cardNumber: '5105105105105100' })
    const taken = await takeWithAgreement(key, id)
    const detail = await agreementWithPayments(await currentServiceId(), id, 1)
    expect(detail?.agreement.status).toBe('inactive')
    expect(detail?.instrument?.status).toBe('inactive')
    expect(detail?.payments.map((payment) => payment.id)).toEqual([taken])
    expect(detail?.paymentCount).toBe(2)
    expect(setUpPayment.id).not.toBe(taken)
    expect(await agreementWithPayments(await currentServiceId(), 'no-such-agreement', 5)).toBeUndefined()
  })
})
