// What a request that produces one of the registry's error cases needs: a key of the current
// service, payments in given states, and a way to break the service between the key check and the
// endpoint (as when a service is deleted while its key is in use).
import { setBeforeEndpoint } from '../../../../../src/simulator/http/pipeline.ts'
import { database } from '../../../../../src/simulator/services/runtime.ts'
import { paymentIn, type FixtureState } from '../../../../support/payment-fixtures.ts'
import { createRefund } from '../../../../../src/simulator/services/refunds.ts'
import { currentServiceId } from '../../../../support/payment-scenarios.ts'
import { api, type ApiCall, type ApiResult } from '../../../../support/simulator.ts'

export interface TriggerKit {
  key: string
  /** Calls the API with the kit's key. */
  call(method: string, path: string, call?: Omit<ApiCall, 'key'>): Promise<ApiResult>
  /** A payment of the current service in that state; returns its id. */
  payment(state: FixtureState, amount?: number): Promise<string>
  /** A successful payment refunded in full; returns its id. */
  refundedPayment(): Promise<string>
  /** Deletes the current service after its key has been checked, for the next request only. */
  deleteServiceAfterKeyCheck(): void
}

export type Trigger = (kit: TriggerKit) => Promise<ApiResult>

export const UNKNOWN_ID = 'hu20sqlact5260q2nanm0q8u93'

export function triggerKit(key: string): TriggerKit {
  return {
    key,
    call: (method, path, call = {}) => api(method, path, { ...call, key }),
    payment: async (state, amount) => (await paymentIn(state, amount === undefined ? {} : { amount })).id,
    refundedPayment: async () => {
      const payment = await paymentIn('success')
      await createRefund(payment.serviceId, payment.id, { amount: payment.amount })
      return payment.id
    },
    deleteServiceAfterKeyCheck: () =>
      setBeforeEndpoint(async () => {
        setBeforeEndpoint(undefined)
        await database().services.delete(await currentServiceId())
        return undefined
      }),
  }
}
