// The email typo check before the card is sent, as the real pages make it: an address that looks
// like a common mistake ("gmial.com") stops the form once, with the suggestion chosen and the
// address as typed beside it. Sending again takes the chosen one; the suggestion is itself
// checked again (a second mistake gets a second suggestion). Typing a new address starts over.
import { useState } from 'react'
import { type EmailSuggestion, suggestEmail } from '../../../simulator/rules/card-form/email-typo.ts'

export type TypoChoice = 'corrected' | 'uncorrected'

export interface EmailTypo {
  /** The address the suggestion is for, as it was sent. */
  original: string
  suggestion: EmailSuggestion
}

export interface EmailTypoState {
  typo: EmailTypo | undefined
  choice: TypoChoice
  choose: (choice: TypoChoice) => void
  /**
   * Given the address in the field, the address now in play (the field shows it from now on) and
   * whether the form stops here because a (new) suggestion is on show.
   */
  resolve: (typed: string) => TypoOutcome
}

export interface TypoOutcome {
  email: string
  stopped: boolean
}

export function useEmailTypo(): EmailTypoState {
  const [typo, setTypo] = useState<EmailTypo>()
  const [choice, setChoice] = useState<TypoChoice>('corrected')

  const suggestFor = (email: string): TypoOutcome => {
    const suggestion = suggestEmail(email)
    setChoice('corrected')
    setTypo(suggestion && { original: email, suggestion })
    return { email, stopped: suggestion !== undefined }
  }

  const resolve = (typed: string): TypoOutcome => {
    const email = typed.trim()
    if (email !== '' && (!typo || email !== typo.original)) return suggestFor(email)
    if (email !== '' && typo && choice === 'corrected') return suggestFor(typo.suggestion.full)
    setTypo(undefined)
    return { email: typed, stopped: false }
  }

  return { typo, choice, choose: setChoice, resolve }
}
