// The language of the hosted page on screen: the payment's own (`language` when it was created),
// English until a payment is known and on the playground's own pages. Pages take their words from
// `useMessages()`; parts that stay English on a Welsh page say so with `useEnglishPart()`.
import { createContext, useContext } from 'react'
import { cy } from './messages-cy.ts'
import { en, type Messages } from './messages-en.ts'

export type HostedLanguage = 'en' | 'cy'

const CATALOGUES: Readonly<Record<HostedLanguage, Messages>> = { en, cy }

export const LanguageContext = createContext<HostedLanguage>('en')

export const useLanguage = (): HostedLanguage => useContext(LanguageContext)

export const useMessages = (): Messages => CATALOGUES[useLanguage()]

/** Attributes for a part left in English: `lang="en"` on a page in another language, nothing on an English one. */
export const useEnglishPart = (): { lang?: 'en' } => (useLanguage() === 'en' ? {} : { lang: 'en' })
