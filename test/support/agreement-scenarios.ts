// Services that take recurring payments, agreements made through the API, and agreements set up by
// paying on the card pages (through the same services the pages use). Shared by the simulator's tests.
import type { ServiceSettings } from '../../src/simulator/model/types.ts'
import { updateService } from '../../src/simulator/services/service-accounts.ts'
import { currentServiceId, makePayment, pay, type CardOptions } from './payment-scenarios.ts'
import { api } from './simulator.ts'

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
