// How each setting reads on the settings pages: the real admin site's labels where it has the
// setting (MOTO security among them), and the playground's own words for those it does not
// (delayed capture, MOTO, going straight back to the service, and the settings GOV.UK Pay support
// make on a real account: recurring payments, the authorisation API, prepaid cards, card fees).
import { formatPence } from '../../../lib/money.ts'
import type { AcceptedCardType, EmailCollectionMode } from '../../../simulator/model/types.ts'

export const EMAIL_MODE_LABELS: Record<EmailCollectionMode, string> = {
  MANDATORY: 'On – as a mandatory field',
  OPTIONAL: 'On – as an optional field',
  OFF: 'Off',
}

/** The summary row's value for the email collection mode. */
export const EMAIL_MODE_SUMMARY: Record<EmailCollectionMode, string> = {
  MANDATORY: 'On',
  OPTIONAL: 'On - as an optional field',
  OFF: 'Off',
}

export const onOff = (value: boolean): string => (value ? 'On' : 'Off')

/** The real service flag `redirect_to_service_immediately_on_terminal_state`, which the real admin site has no page for. */
export const REDIRECT_QUESTION = 'Send users straight back to your service when a payment has finished'

export const DELAYED_CAPTURE_QUESTION = 'Use delayed capture for test payments made from the admin site'
export const MOTO_QUESTION = 'Allow MOTO payments through the API'

/** The heading over the settings a service team cannot change on a real account. */
export const SET_BY_PAY_HEADING = 'Set by GOV.UK Pay on a real account'
export const RECURRING_PAYMENTS_QUESTION = 'Recurring card payments'
export const AUTHORISATION_API_QUESTION = 'Authorisation API'
export const BLOCK_PREPAID_QUESTION = 'Block prepaid cards'

export type CorporateFeeSetting = 'corporateCreditCardSurcharge' | 'corporateDebitCardSurcharge' | 'corporatePrepaidDebitCardSurcharge'

export interface CorporateFeeLabels {
  setting: CorporateFeeSetting
  /** The row's key and the page's heading. */
  label: string
  /** The card, as "a fee for paying with a …" ends. */
  card: string
}

export const CORPORATE_FEES: readonly CorporateFeeLabels[] = [
  { setting: 'corporateCreditCardSurcharge', label: 'Corporate credit card fee', card: 'corporate credit card' },
  { setting: 'corporateDebitCardSurcharge', label: 'Corporate debit card fee', card: 'corporate debit card' },
  { setting: 'corporatePrepaidDebitCardSurcharge', label: 'Corporate prepaid debit card fee', card: 'corporate prepaid debit card' },
]

/** The summary row's value for a card fee in pence. */
export const feeSummary = (pence: number): string => (pence === 0 ? 'None' : formatPence(pence))

/** The real admin site's "MOTO security" rows and pages (settings › card payments, MOTO accounts only). */
export const MOTO_SECURITY = {
  heading: 'MOTO security',
  intro: 'Hide sensitive details being viewed on a call agent’s screen.',
  cardNumber: {
    row: 'Hide card number',
    question: 'Hide card numbers from call centre agents',
    hint: 'If you hide the card number, call agents will not be able to read the numbers they enter on their screen.',
  },
  securityCode: {
    row: 'Hide card security code',
    question: 'Hide card security codes (CVV) from call centre agents',
    hint: 'If you hide the security codes, call agents will not be able to read the numbers entered on their screen.',
  },
} as const

export const hideShow = (hidden: boolean): string => (hidden ? 'Hide' : 'Show')

export interface CardTypeOption {
  /** `brand:TYPE`, the checkbox value. */
  value: string
  label: string
  card: AcceptedCardType
}

const option = (brand: string, type: AcceptedCardType['type'], label: string): CardTypeOption => ({
  value: `${brand}:${type}`,
  label,
  card: { brand, type },
})

export const DEBIT_CARDS: readonly CardTypeOption[] = [
  option('visa', 'DEBIT', 'Visa debit'),
  option('master-card', 'DEBIT', 'Mastercard debit'),
  option('maestro', 'DEBIT', 'Maestro'),
]

export const CREDIT_CARDS: readonly CardTypeOption[] = [
  option('visa', 'CREDIT', 'Visa credit'),
  option('master-card', 'CREDIT', 'Mastercard credit'),
  option('american-express', 'CREDIT', 'American Express'),
  option('diners-club', 'CREDIT', 'Diners Club'),
  option('discover', 'CREDIT', 'Discover'),
  option('jcb', 'CREDIT', 'JCB'),
  option('unionpay', 'CREDIT', 'Union Pay'),
]

export const cardValue = (card: AcceptedCardType): string => `${card.brand}:${card.type}`

/** The accepted cards' labels, debit cards first, in the order the card types page lists them. */
export function acceptedCardLabels(cards: readonly AcceptedCardType[]): string[] {
  const accepted = new Set(cards.map(cardValue))
  return [...DEBIT_CARDS, ...CREDIT_CARDS].filter((option) => accepted.has(option.value)).map((option) => option.label)
}
