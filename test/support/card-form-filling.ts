// Fills in the card details page of the default service by its labels (English or Welsh), with a
// good card unless told otherwise, for tests of what happens after "Continue". `change` is by the
// English label.
import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

const WELSH_LABELS: Record<string, string> = {
  'Card number': 'Rhif cerdyn',
  Month: 'Mis',
  Year: 'Blwyddyn',
  'Name on card': 'Enw ar y cerdyn',
  'Card security code': 'Cod diogelwch y cerdyn',
  'Address line 1': 'Llinell cyfeiriad 1',
  'Town or city': 'Tref neu ddinas',
  Postcode: 'Cod post',
  Email: 'E-bost',
}

/** Fills the card page with a card that succeeds; `change` replaces values, and a value of undefined leaves out a field the page does not show. */
export async function fillCardPage(user: UserEvent, change: Partial<Record<string, string>> = {}, language: 'en' | 'cy' = 'en'): Promise<void> {
  const values: Partial<Record<string, string>> = {
    'Card number': '4444333322221111',
    Month: '10',
    Year: '30',
    'Name on card': 'Ms J Bloggs',
    'Card security code': '123',
    'Address line 1': '1 High Street',
    'Town or city': 'London',
    Postcode: 'SW1A 1AA',
    Email: 'payer@example.org',
    ...change,
  }
  for (const [label, value] of Object.entries(values)) {
    if (value === undefined) continue
    const field = screen.getByLabelText(language === 'cy' ? (WELSH_LABELS[label] ?? label) : label)
    await user.clear(field)
    if (value !== '') await user.paste(value)
  }
}
