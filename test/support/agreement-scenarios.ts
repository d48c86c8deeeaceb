// Services that take recurring payments, agreements made through the API, and agreements set up by
// paying on the card pages (through the same services the pages use). Shared by the simulator's tests.
import type { ServiceSettings } from '../../src/simulator/model/types.ts'
import { createAgreement } from '../../src/simulator/services/agreements.ts'
import { advanceClock } from '../../src/simulator/services/clock.ts'
import { updateService } from '../../src/simulator/services/service-accounts.ts'
import { currentServiceId, makePayment, pay, tick, type CardOptions } from './payment-scenarios.ts'
import { api, validPayment } from './simulator.ts'

/** Changes settings of the current service (recurring payments, the authorisation API, fees…). */
export async function withSettings(settings: Partial<ServiceSettings>): Promise<void> {
  await updateService(await currentServiceId(), { settings })
}

export const recurringOn = () => withSettings({ recurringPayments: true })

export const AGREEMENT_BODY = { reference: 'CT-22-23-0001', description: 'Council tax by monthly instalments', user_identifier: 'user-1' }

/** Creates an agreement through the API (recurring payments must be on); returns its id. */
export async function newAgreement(key: string, body: Record<string, unknown> = AGREEMENT_BODY): Promise<string> {
  const created = await api('POST', '/v1/agreements', { key, body })
  if (created.status !== 201) throw new Error(`creating an agreement answered ${created.status} ${created.text}`)
  return created.json.agreement_id as string
}

/** Sets an agreement up as a user would: a `set_up_agreement` payment paid on the card pages. */
export async function setUp(agreementId: string, card: CardOptions = {}) {
  const payment = await makePayment({ setUpAgreement: agreementId })
  return pay(payment.id, card)
}

/**
 * Creates an agreement of the current service through the service, not the API (so a test can make
 * many without meeting the rate limit), a minute after the last one; returns its id.
 */
export async function storedAgreement(reference: string, userIdentifier?: string): Promise<string> {
  await tick()
  const request = { reference, description: AGREEMENT_BODY.description, ...(userIdentifier === undefined ? {} : { userIdentifier }) }
  return (await createAgreement(await currentServiceId(), request)).agreement.id
}

/** Takes a payment with an active agreement through the API, then moves the clock on a second so it is authorised. */
export async function takeWithAgreement(key: string, agreementId: string): Promise<string> {
  const body = { ...validPayment({ return_url: undefined }), authorisation_mode: 'agreement', agreement_id: agreementId }
  const created = await api('POST', '/v1/payments', { key, body })
  if (created.status !== 201) throw new Error(`taking a payment with an agreement answered ${created.status} ${created.text}`)
  await advanceClock({ minutes: 1 / 60 })
  return created.json.payment_id as string
}
