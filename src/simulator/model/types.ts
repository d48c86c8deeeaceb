// The records the simulator keeps. Money is integer pence; times are simulator-clock milliseconds.
import type { DisputeStatus } from './dispute-types.ts'
import type { ExternalStatus, InternalStatus } from './payment-status.ts'

export type EmailCollectionMode = 'MANDATORY' | 'OPTIONAL' | 'OFF'

/** A card type a service can accept: a brand in its debit or credit variant. */
export interface AcceptedCardType {
  brand: string
  type: 'DEBIT' | 'CREDIT'
}

export interface ServiceSettings {
  emailCollectionMode: EmailCollectionMode
  collectBillingAddress: boolean
  defaultBillingAddressCountry: string
  acceptedCardTypes: AcceptedCardType[]
  /** Whether the service may use delayed capture (the setting in the admin tool). */
  delayedCapture: boolean
  /** Whether the service may take MOTO payments (`moto: true` is refused otherwise). */
  moto: boolean
  /**
   * The service's name on Welsh payment pages; none (missing, as in services stored before it
   * existed, or empty) shows the English name there too.
   */
  welshName?: string
  /**
   * The real service flag `redirect_to_service_immediately_on_terminal_state`, for services with
   * their own failure pages: a finished payment's page (declined, cancelled, expired…) is skipped
   * and the user goes straight back to the service. Missing means off.
   */
  redirectToServiceImmediatelyOnTerminalState?: boolean
  // The settings below were added with storage schema 6. A service stored before has none of them,
  // and reads as a new test account does: off, and no fees (model/account-features.ts).
  /** Recurring card payments (agreements): off on a new test account. */
  recurringPayments?: boolean
  /** The card authorisation API (`authorisation_mode: moto_api`, POST /v1/auth): off on a new test account. */
  authorisationApi?: boolean
  /** Whether prepaid cards are refused. */
  blockPrepaidCards?: boolean
  /** The fee, in pence, for paying with a corporate credit card (0: none). */
  corporateCreditCardSurcharge?: number
  /** The fee, in pence, for paying with a corporate debit card that is not prepaid (0: none). */
  corporateDebitCardSurcharge?: number
  /** The fee, in pence, for paying with a corporate prepaid debit card (0: none). */
  corporatePrepaidDebitCardSurcharge?: number
  /** MOTO payments: the card page hides what is typed in the card number (the admin site's "Hide card number"). */
  motoMaskCardNumber?: boolean
  /** MOTO payments: the card page hides what is typed in the security code ("Hide card security code"). */
  motoMaskSecurityCode?: boolean
}

export interface ServiceRecord {
  id: string
  name: string
  createdAt: number
  settings: ServiceSettings
}

export interface ApiKeyRecord {
  id: string
  serviceId: string
  name: string
  /** SHA-256 of the full key, hex. The key itself is never stored. */
  hash: string
  createdAt: number
  lastUsedAt?: number
  revokedAt?: number
}

export interface BillingAddress {
  line1?: string
  line2?: string
  postcode?: string
  city?: string
  country?: string
}

/** What the simulator keeps of a card: never the full number or the security code. */
export interface CardDetailsRecord {
  lastDigits: string | null
  firstDigits: string | null
  cardholderName: string | null
  expiryDate: string | null
  billingAddress: BillingAddress | null
  brandLabel: string
  cardType: 'credit' | 'debit' | null
}

export type MetadataValue = string | number | boolean

export interface PaymentRecord {
  id: string
  serviceId: string
  amount: number
  description: string
  reference: string
  /** reference lower-cased, for the case-insensitive exact-match index */
  referenceKey: string
  email?: string
  language: 'en' | 'cy'
  returnUrl: string
  delayedCapture: boolean
  moto: boolean
  metadata?: Record<string, MetadataValue>
  status: InternalStatus
  /** external status, kept beside `status` so searches can use an index */
  state: ExternalStatus
  createdAt: number
  updatedAt: number
  /** when the payment expires if nothing happens; absent once it cannot expire */
  expiresAt?: number
  cardDetails?: CardDetailsRecord
  /** copies of card fields used by search indexes */
  lastDigits?: string
  firstDigits?: string
  providerId?: string
  captureSubmitTime?: number
  capturedDate?: string
  /** sum of refunds submitted or succeeded, in pence */
  refundedAmount: number
  /** Every status the payment has been in, with when it got there, oldest first. */
  history: Array<PaymentHistoryEntry>
  // The fields below were added with storage schema 6; a payment stored before has none of them.
  /** How the payment is authorised; absent means `web` (the hosted pages). */
  authorisationMode?: AuthorisationMode
  /** The agreement the payment sets up (`setUpAgreement`) or is taken with (mode `agreement`). */
  agreementId?: string
  agreementPaymentType?: AgreementPaymentType
  /** A payment created with `set_up_agreement`: its card becomes the agreement's payment instrument. */
  setUpAgreement?: boolean
  /** The payment instrument an agreement payment was taken with, or the one a set-up payment created. */
  paymentInstrumentId?: string
  /** `state.can_retry` of an agreement payment that was declined. */
  canRetry?: boolean
  /** A corporate card fee added when the card was authorised, in pence. */
  corporateSurcharge?: number
  /** When a queued agreement payment is authorised (simulator time); absent once it has been. */
  authorisesAt?: number
  /** The Idempotency-Key an agreement payment was created with, and a fingerprint of its request. */
  idempotencyKey?: string
  idempotencyFingerprint?: string
  /** The status of the payment's dispute, kept beside the dispute record so refunds can check it. */
  disputeStatus?: DisputeStatus
}

export type AuthorisationMode = 'web' | 'moto_api' | 'agreement'
export type AgreementPaymentType = 'instalment' | 'recurring' | 'unscheduled'

export interface PaymentHistoryEntry {
  status: InternalStatus
  at: number
}

export type RefundStatus = 'submitted' | 'success' | 'error'

export interface RefundRecord {
  id: string
  paymentId: string
  serviceId: string
  amount: number
  status: RefundStatus
  createdAt: number
  /** Every status the refund has been in, with when it got there, oldest first. */
  history: Array<RefundHistoryEntry>
}

export interface RefundHistoryEntry {
  status: RefundStatus
  at: number
}

/*
 * A payment's events, as the events API and the admin detail page read them. Not stored: composed
 * from the payment's history and its refunds' histories (model/payment-events.ts).
 */
export interface PaymentStatusEvent {
  paymentId: string
  kind: 'payment'
  status: InternalStatus
  at: number
}

export interface RefundStatusEvent {
  paymentId: string
  kind: 'refund'
  refundId: string
  status: RefundStatus
  amount: number
  at: number
}

export type PaymentEvent = PaymentStatusEvent | RefundStatusEvent

/** A one-time hosted-page token: `next_url` ends with it. */
export interface TokenRecord {
  token: string
  paymentId: string
  createdAt: number
  used: boolean
}

export interface MetaRecord {
  key: string
  value: unknown
}

/** One request the simulated API answered, as the request history keeps it: keys redacted, long bodies cut. */
export interface ExchangeRecord {
  /** Assigned by storage: the order the exchanges were recorded in. */
  seq?: number
  method: string
  url: string
  status: number
  startedAt: number
  durationMs: number
  requestHeaders: Record<string, string>
  requestBody: string
  responseHeaders: Record<string, string>
  responseBody: string
  /** Who sent it: the explorer, any other page (its address in `pageUrl`), or a program through the bridge. */
  source: 'explorer' | 'page' | 'bridge'
  pageUrl?: string
  /** The bridge's address, for a request that came through it. */
  bridgeUrl?: string
  /** The service and key that sent it, when the key was accepted. */
  serviceId?: string
  serviceName?: string
  keyName?: string
}
