// The sandbox payment provider's test cards: what authorising each one does, and the card type
// the real card-ID service reports for it (pay-api-contract.md §13 and §14).

export type SandboxOutcome = 'authorised' | 'declined' | 'error'
export type CardType = 'credit' | 'debit' | null

interface SandboxCard {
  outcome: SandboxOutcome
  type: CardType
  description: string
  corporate?: boolean
  prepaid?: boolean
}

const card = (outcome: SandboxOutcome, type: CardType, description: string, extra: Partial<SandboxCard> = {}) => ({
  outcome,
  type,
  description,
  ...extra,
})

export const SANDBOX_CARDS: Readonly<Record<string, SandboxCard>> = {
  '4444333322221111': card('authorised', 'credit', 'Visa credit'),
  '4242424242424242': card('authorised', 'credit', 'Visa credit'),
  '4000056655665556': card('authorised', 'debit', 'Visa debit'),
  '4917610000000000003': card('authorised', 'debit', 'Visa debit'),
  '4000160000000004': card('authorised', 'debit', 'Visa debit, prepaid', { prepaid: true }),
  '4000020000000000': card('authorised', 'credit', 'Visa credit'),
  '4000000000000010': card('authorised', null, 'Visa credit or debit'),
  '5105105105105100': card('authorised', 'debit', 'Mastercard debit'),
  '222100000000000': card('authorised', 'credit', 'Mastercard credit'),
  '371449635398431': card('authorised', 'credit', 'American Express credit'),
  '3566002020360505': card('authorised', 'credit', 'JCB credit'),
  '6011000990139424': card('authorised', 'credit', 'Discover credit'),
  '36148900647913': card('authorised', 'credit', 'Diners Club credit'),
  '4988080000000000': card('authorised', 'debit', 'Visa debit, corporate', { corporate: true }),
  '4111111111111111': card('authorised', 'credit', 'Visa credit, corporate', { corporate: true }),
  '4293189100000008': card('authorised', 'credit', 'Visa credit, corporate', { corporate: true }),
  '5101180000000007': card('authorised', 'debit', 'Mastercard debit, corporate', { corporate: true }),
  '4131840000000003': card('authorised', 'debit', 'Visa debit, corporate prepaid', { corporate: true, prepaid: true }),
  '4000180000000002': card('authorised', 'debit', 'Visa debit, corporate prepaid', { corporate: true, prepaid: true }),
  '5200828282828210': card('authorised', 'debit', 'Mastercard debit, corporate prepaid', {
    corporate: true,
    prepaid: true,
  }),
  '4000000000000002': card('declined', null, 'Declined'),
  '4000000000000069': card('declined', null, 'Declined: expired card'),
  '4000000000000127': card('declined', null, 'Declined: incorrect card security code'),
  '4000000000000119': card('error', null, 'Processing error'),
}

/** What the sandbox does with a card number: any number it does not know is a gateway error. */
export function sandboxOutcome(digits: string): SandboxOutcome {
  return SANDBOX_CARDS[digits]?.outcome ?? 'error'
}

/** The card type (credit or debit) for a number, or null when it is unknown or either. */
export function cardTypeOf(digits: string): CardType {
  return SANDBOX_CARDS[digits]?.type ?? null
}
