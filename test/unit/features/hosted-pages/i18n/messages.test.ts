// The hosted pages' catalogues are the real payment pages' message files, word for word: a sample
// written out here, and every message against the reference copies of pay-frontend's locales
// (../shared/reference/real-pay-2026) wherever those are beside the project.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cy } from '../../../../../src/features/hosted-pages/i18n/messages-cy.ts'
import { en } from '../../../../../src/features/hosted-pages/i18n/messages-en.ts'

/** The shared folder sits beside the project (the tests run from the project's root). */
const REFERENCE = resolve(process.cwd(), '../shared/reference/real-pay-2026') + '/'

/** Every message of a catalogue, by its dotted key. */
function leaves(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value as object, `${prefix}${key}.`),
  )
}

function at(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree)
}

describe('the hosted pages’ messages', () => {
  it.each([
    ['cardDetails.enterCardDetails', 'Enter card details', 'Rhowch fanylion y cerdyn'],
    ['cardDetails.expiryHint', 'For example, 10/%s', 'Er enghraifft 10/%s'],
    ['commonButtons.confirmButton', 'Confirm payment', 'Cadarnhau’r taliad'],
    ['commonButtons.cancelButton', 'Cancel payment', 'Canslo’r taliad'],
    ['fieldErrors.summary', 'The following fields are missing or contain errors', 'Mae’r meysydd canlynol yn wag neu yn cynnwys camgymeriadau'],
    ['fieldErrors.generic', 'Enter a valid %s', 'Rhowch %s dilys'],
    ['fieldErrors.fields.cardNo.numberIncorrectLength', 'Card number is not the correct length', 'Nid yw rhif y cerdyn yr hyd cywir'],
    ['fieldErrors.fields.addressCity.message', 'Enter a valid town/city', 'Rhowch dref/ddinas ddilys'],
    ['errorViews.sessionExpiredNoMoneyTaken', 'Your payment session has expired. This may be because you have completed your payment or your session has timed out.', 'Am eich diogelwch, bydd sesiynau talu yn dod i ben ar ôl 90 munud. Nid oes arian wedi cael ei dynnu o’ch cyfrif.'],
    ['errorViews.tryAgain', 'Cancel and go back to try the payment again', "Canslo a mynd yn ôl i trio'r taliad eto"],
    ['authorisation.checkingDetails', 'Checking card details', 'Yn gwirio manylion y cerdyn'],
    ['errorViews.technicalProblems', 'We’re experiencing technical problems', 'Rydym yn profi problemau technegol.'],
    ['cardDetails.corporateCreditCardSurchargeMessage', 'There is a fee of £%s for using a corporate credit card', 'Mae ffi o £%s am ddefnyddio cerdyn credyd corfforaethol'],
    ['paymentSummary.corporateCardFee', 'Corporate card fee:', 'Ffi cerdyn corfforaethol:'],
    ['fieldErrors.fields.cardNo.unsupportedPrepaidCard', 'Prepaid cards are not accepted', 'Ni dderbynnir cardiau rhagdaledig'],
  ])('has %s as the real pages word it', (key, english, welsh) => {
    expect(at(en, key)).toBe(english)
    expect(at(cy, key)).toBe(welsh)
  })

  it('has a Welsh message for every English one, and no English left in the Welsh catalogue', () => {
    const english = leaves(en)
    expect(leaves(cy).map(([key]) => key)).toEqual(english.map(([key]) => key))
    // Only words that are the same in both languages ("Parhau" is not "Continue"): none of the messages.
    const same = leaves(cy).filter(([key, welsh]) => at(en, key) === welsh)
    expect(same).toEqual([])
  })

  it.skipIf(!existsSync(`${REFERENCE}pay-frontend-locales-cy.json`))('has every message exactly as the reference copies of the real message files', () => {
    for (const [language, catalogue] of [['en', en], ['cy', cy]] as const) {
      const real: unknown = JSON.parse(readFileSync(`${REFERENCE}pay-frontend-locales-${language}.json`, 'utf8'))
      for (const [key, message] of leaves(catalogue)) expect(message, `${language} ${key}`).toBe(at(real, key))
    }
  })
})
