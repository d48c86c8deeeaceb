// pay-playground/testing: the GOV.UK Pay Playground's simulated API for a team's own automated
// tests, as msw handlers for `setupServer` from `msw/node`, with helpers to create keys, pay,
// move the clock, break things on purpose and start again. Built by build-library.mjs beside this file.
export { createPayPlayground } from './pay-playground.ts'
export { TEST_CARDS } from './test-cards.ts'
export type {
  AdvancedClock,
  BillingAddress,
  CardJourneyOptions,
  ClockMove,
  CompletedPayment,
  FaultOptions,
  OperationName,
  PaymentState,
  PaymentStatus,
  PayPlayground,
  PayPlaygroundOptions,
  ServiceOptions,
} from './types.ts'
