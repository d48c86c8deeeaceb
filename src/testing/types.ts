// The public types of `pay-playground/testing`. They are written out here, with no import from the
// simulator, so the declarations shipped with the package are these few files and nothing else;
// test/unit/testing/types.test.ts checks that each one still matches the simulator's own.
import type { HttpHandler } from 'msw'

/** A payment's `state.status`, as the API shows it. */
export type PaymentStatus = 'created' | 'started' | 'submitted' | 'capturable' | 'success' | 'failed' | 'cancelled' | 'error'

/** A payment's `state`, as the API shows it: `code` and `message` only for a payment that ended without success. */
export interface PaymentState {
  status: PaymentStatus
  finished: boolean
  code?: string
  message?: string
  /** Agreement payments only, once declined: whether another payment may be taken with the agreement. */
  can_retry?: boolean
}

/** The API operations a fault can be limited to (the operation ids of the OpenAPI description). */
export type OperationName =
  | 'createPayment'
  | 'searchPayments'
  | 'getPayment'
  | 'getPaymentEvents'
  | 'cancelPayment'
  | 'capturePayment'
  | 'createRefund'
  | 'getPaymentRefunds'
  | 'getRefund'
  | 'searchRefunds'
  | 'searchDisputes'
  | 'createAgreement'
  | 'getAgreement'
  | 'searchAgreements'
  | 'cancelAgreement'
  | 'authorisePayment'

export interface BillingAddress {
  line1?: string
  line2?: string
  postcode?: string
  city?: string
  /** A two-letter country code, such as `GB`. */
  country?: string
}

export interface PayPlaygroundOptions {
  /**
   * Where `next_url` points: `${frontendUrl}#/secure/<token>`. Nothing answers there in a test;
   * pass the `next_url` to `completePayment`. Defaults to `https://pay-playground.invalid/`.
   */
  frontendUrl?: string
  /** Decides which requests a percentage fault fails; `Math.random` unless a test wants it fixed. */
  random?: () => number
}

export interface CardJourneyOptions {
  /** The card number; a sandbox card decides the outcome (see TEST_CARDS). Defaults to the card that succeeds. */
  card?: string
  /** Defaults to `J Bloggs`. */
  cardholderName?: string
  /** Defaults to `12`. */
  expiryMonth?: string
  /** Defaults to three years after the simulated clock's year. */
  expiryYear?: string
  /** Defaults to `123`. */
  cvc?: string
  /** Defaults to an address in London, for services that collect one. */
  billingAddress?: BillingAddress
  /** Defaults to the payment's own email, else `paying.user@example.org`. */
  email?: string
  /** false stops after the card is authorised, on the "Confirm your payment" page (`submitted`). Defaults to true. */
  confirm?: boolean
}

export interface CompletedPayment {
  paymentId: string
  /** The payment's state after the journey, as GET /v1/payments/{paymentId} shows it. */
  state: PaymentState
}

/** How far to move the simulated clock: at least one of the three, each 0 or more. */
export interface ClockMove {
  minutes?: number
  hours?: number
  days?: number
}

export interface AdvancedClock {
  /** The simulated time after the move, as an ISO 8601 timestamp. */
  now: string
  /** How many payments expired because of the move. */
  expired: number
}

/**
 * The simulator's fault settings. Failed requests get the operation's own 500 "Downstream system
 * error" (P0198 for createPayment, P0298 for getPayment…). `{}` turns every fault off.
 */
/**
 * How failing requests fail: the operation's 500 "Downstream system error" (the default), 429
 * P0900, the 401 of a revoked key, a 503 with no body, a network failure (fetch rejects), or no
 * answer until the client gives up.
 */
export type FaultKind = 'downstream' | 'rate-limited' | 'unauthorised' | 'unavailable' | 'network' | 'timeout'

export interface FaultOptions {
  /** How the failing requests fail; a 500 "Downstream system error" when left out. */
  failWith?: FaultKind
  /** Fail the next N requests (1 to 1000), then answer normally again. */
  failNext?: number
  /** Or fail this percentage (1 to 100) of requests until the faults are changed. */
  failPercent?: number
  /** Only requests to this operation fail; every operation when left out. */
  operation?: OperationName
  /** Delay every API response by this many milliseconds (0 to 30000). */
  latencyMs?: number
}

/**
 * What GOV.UK Pay switches on for a real account, off on a new test account (and after reset()).
 * Left out, a setting stays as it is.
 */
export interface ServiceOptions {
  /** Recurring card payments: the agreements API, `set_up_agreement` and `authorisation_mode: "agreement"`. */
  recurringPayments?: boolean
  /** The authorisation API: `authorisation_mode: "moto_api"` payments and `POST /v1/auth`. */
  authorisationApi?: boolean
  /** MOTO payments (`moto: true`). */
  moto?: boolean
  /** Refuse prepaid cards on the card page. */
  blockPrepaidCards?: boolean
  /** Fees in pence (0 to 100000; 0 for none) added when a corporate card of each kind pays. */
  corporateCardFees?: { credit?: number; debit?: number; prepaidDebit?: number }
}

export interface PayPlayground {
  /** `https://publicapi.payments.service.gov.uk`, the address the handlers answer. */
  readonly baseUrl: string
  /** The simulated API, for `setupServer(...pay.handlers)` from `msw/node`. */
  readonly handlers: readonly HttpHandler[]
  /** Creates an API key for the sandbox service; resolves to the full key. */
  createApiKey(name?: string): Promise<string>
  /** Revokes a key given in full; resolves to false when there is no such key or it was already revoked. */
  revokeApiKey(key: string): Promise<boolean>
  /**
   * Does what a paying user does on the hosted pages, without a browser: opens `next_url` (or goes
   * straight to the card page of a payment id), enters the card, and confirms.
   */
  completePayment(paymentIdOrNextUrl: string, options?: CardJourneyOptions): Promise<CompletedPayment>
  /** Moves the simulated clock forward, then expires what is due (an unfinished payment after 90 minutes). */
  advanceClock(by: ClockMove): Promise<AdvancedClock>
  /** Replaces the fault settings; `{}` turns faults off. */
  setFaults(faults: FaultOptions): Promise<void>
  /** Switches on (or off) what GOV.UK Pay sets for an account: recurring payments, MOTO, card fees. */
  setServiceSettings(options: ServiceOptions): Promise<void>
  /** Deletes every payment, refund and key, turns faults off and puts the clock back: a fresh sandbox service. */
  reset(): Promise<void>
  /** Stops this playground, so that another can be created in the same process. */
  close(): Promise<void>
}
