// POST /v1/agreements through the simulated API (pay-api-contract.md §10; pay-publicapi's
// RequestJsonParser.parseAgreementRequest and CreateAgreementRequest; connector's AgreementService).
import { describe, expect, it } from 'vitest'
import { AGREEMENT_BODY, recurringOn } from '../../../../support/agreement-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const create = async (body: unknown, key?: string) => api('POST', '/v1/agreements', { key: key ?? (await newKey()), body })
const missing = (field: string) => ({ field, code: 'P2101', description: `Missing mandatory attribute: ${field}` })

describe('POST /v1/agreements on a service with recurring payments', () => {
  it('answers 201 with the agreement in status created (lower case), no payment instrument and no Location header', async () => {
    await recurringOn()
    const response = await create(AGREEMENT_BODY)
    expect(response.status).toBe(201)
    expect(response.headers.get('Location')).toBeNull()
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(Object.keys(response.json)).toEqual(['agreement_id', 'reference', 'description', 'status', 'created_date', 'user_identifier'])
    expect(response.json).toMatchObject({ reference: 'CT-22-23-0001', description: 'Council tax by monthly instalments', status: 'created', user_identifier: 'user-1' })
    expect(response.json.agreement_id).toMatch(/^[0-9a-v]{26}$/)
    expect(response.json.created_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('leaves user_identifier out when it is not sent or is null', async () => {
    await recurringOn()
    const key = await newKey()
    expect((await create({ reference: 'R', description: 'D' }, key)).json).not.toHaveProperty('user_identifier')
    expect((await create({ reference: 'R', description: 'D', user_identifier: null }, key)).json).not.toHaveProperty('user_identifier')
  })

  it.each<[string, Record<string, unknown>, number, Record<string, string>]>([
    ['no reference', { description: 'D' }, 400, missing('reference')],
    ['a null reference', { reference: null, description: 'D' }, 400, missing('reference')],
    ['a blank reference', { reference: '  ', description: 'D' }, 400, missing('reference')],
    ['a reference that is a number', { reference: 5, description: 'D' }, 400, { field: 'reference', code: 'P2102', description: 'Invalid attribute value: reference. Must be a valid string format' }],
    ['a reference with a <', { reference: 'a<b', description: 'D' }, 400, { field: 'reference', code: 'P2102', description: 'Invalid attribute value: reference. Must be a valid string format' }],
    ['no description (after a good reference)', { reference: 'R' }, 400, missing('description')],
    ['a description with a |', { reference: 'R', description: 'a|b' }, 400, { field: 'description', code: 'P2102', description: 'Invalid attribute value: description. Must be a valid string format' }],
    ['a user_identifier that is true', { reference: 'R', description: 'D', user_identifier: true }, 400, { field: 'user_identifier', code: 'P2102', description: 'Invalid attribute value: user_identifier. Field must be a string' }],
    ['a reference of 256 characters', { reference: 'r'.repeat(256), description: 'D' }, 422, { field: 'reference', code: 'P0102', description: 'Invalid attribute value: reference. Must be less than or equal to 255 characters length' }],
    ['an empty user_identifier', { reference: 'R', description: 'D', user_identifier: '' }, 422, { field: 'user_identifier', code: 'P0102', description: 'Invalid attribute value: user_identifier. Must be less than or equal to 255 characters length' }],
  ])('refuses %s', async (_what, body, status, error) => {
    await recurringOn()
    const response = await create(body)
    expect(response.status).toBe(status)
    expect(response.json).toStrictEqual(error)
  })

  it('checks the JSON before anything else: 400 P2197 for a body that is not JSON', async () => {
    const response = await api('POST', '/v1/agreements', { key: await newKey(), rawBody: '{"reference":' })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P2197', description: 'Unable to parse JSON' })
  })
})

describe('POST /v1/agreements on a new test account (recurring payments off)', () => {
  it('answers 422 P0942, and creates nothing', async () => {
    const key = await newKey()
    const response = await create(AGREEMENT_BODY, key)
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual({
      code: 'P0942',
      description: 'Recurring card payments are currently disabled for this service. Contact support with your error code - https://www.payments.service.gov.uk/support/',
    })
    expect((await api('GET', '/v1/agreements', { key })).json.total).toBe(0)
  })

  it('still answers a bad body with its 400 first, as the body is read before the account is asked', async () => {
    expect((await create({ description: 'D' })).json.code).toBe('P2101')
  })
})
