// How each setting reads on the settings pages: the real admin site's labels where it has the
// setting, and the playground's own words for those it does not (delayed capture, MOTO, going
// straight back to the service).
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
