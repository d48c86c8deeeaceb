// The public types are written out in src/testing/types.ts so the package's declarations stand
// alone; these checks (made by `tsc`, in `npm run typecheck`) fail when the simulator's drift.
import { expectTypeOf, it } from 'vitest'
import type { ExternalState, ExternalStatus } from '../../../src/simulator/model/payment-status.ts'
import type { BillingAddress as StoredAddress } from '../../../src/simulator/model/types.ts'
import type { OperationId } from '../../../src/simulator/operations/index.ts'
import type { FaultKind as SimulatorFaultKind } from '../../../src/simulator/services/faults.ts'
import type { BillingAddress, FaultKind, OperationName, PaymentState, PaymentStatus } from '../../../src/testing/types.ts'

it('match the simulator’s own types', () => {
  expectTypeOf<PaymentStatus>().toEqualTypeOf<ExternalStatus>()
  expectTypeOf<PaymentState>().toEqualTypeOf<ExternalState>()
  expectTypeOf<OperationName>().toEqualTypeOf<OperationId>()
  expectTypeOf<BillingAddress>().toEqualTypeOf<StoredAddress>()
  expectTypeOf<FaultKind>().toEqualTypeOf<SimulatorFaultKind>()
})
