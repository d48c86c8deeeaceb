// Services for a class in one go: "Trainee 1…N", each with a working key returned once.
import { describe, expect, it } from 'vitest'
import { createService, listServices } from '../../../../src/simulator/services/service-accounts.ts'
import { createTraineeServices, MAX_TRAINEES } from '../../../../src/simulator/services/trainee-services.ts'
import { api, useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('createTraineeServices', () => {
  it('creates numbered services, each with a key that works for that service only', async () => {
    const made = await createTraineeServices(3)
    expect(made.map((trainee) => trainee.service.name)).toStrictEqual(['Trainee 1', 'Trainee 2', 'Trainee 3'])
    const created = await api('POST', '/v1/payments', {
      key: made[1]!.key,
      body: { amount: 100, reference: 'T2', description: 'Trainee', return_url: 'https://example.org/done' },
    })
    expect(created.status).toBe(201)
    expect((await api('GET', `/v1/payments/${created.json.payment_id}`, { key: made[0]!.key })).status).toBe(404)
  })

  it('carries on the numbering after the services that exist, with the prefix given', async () => {
    await createService('Team 4')
    const made = await createTraineeServices(2, 'Team')
    expect(made.map((trainee) => trainee.service.name)).toStrictEqual(['Team 5', 'Team 6'])
  })

  it.each([0, MAX_TRAINEES + 1, 2.5])('refuses %s trainees, creating nothing', async (count) => {
    await expect(createTraineeServices(count)).rejects.toThrow(`The number of trainees must be a whole number from 1 to ${MAX_TRAINEES}`)
    expect(await listServices()).toHaveLength(1)
  })
})
