// The card details form's state: what the user typed, the errors on show (as the rules' codes,
// worded in the page's language), and when the error summary should take focus. Errors come from
// the shared card-form rules: all of them on submit, then a field already in error is checked
// again when it loses focus (and drops out of the summary once it is right). As on the real pages,
// that check waits a moment (50 ms), so a click on "Continue" that takes focus from a field lands
// on the button before the page changes under it.
import { useEffect, useRef, useState } from 'react'
import type { CardForm, CardFormField, FieldError } from '../../../simulator/rules/card-form/fields.ts'
import { type CardFormContext, checkField, validateCardForm } from '../../../simulator/rules/card-form/validate-card-form.ts'
import { fieldErrorText } from '../i18n/field-error-text.ts'
import { useMessages } from '../i18n/language.tsx'

export interface CardFormState {
  values: CardForm
  errors: readonly FieldError[]
  /** Changes on every submit that finds errors, so the summary takes focus each time. */
  summaryFocusKey: number
  /** The field's error in the page's language. */
  errorFor: (field: CardFormField) => string | undefined
  /** An error in the page's language. */
  wordError: (error: FieldError) => string
  change: (field: keyof CardForm, value: string) => void
  blur: (field: CardFormField) => void
  /** Checks every field; true when the form can be sent. */
  validate: () => boolean
  showErrors: (errors: readonly FieldError[]) => void
  /** Moves focus to the error summary again (for a problem found after the fields' own checks). */
  focusSummary: () => void
  /** Forgets the card number and security code, once they have been sent (or refused by the server). */
  forgetCard: () => void
}

/** How long a field's check waits after it loses focus (the real pages' 50 ms). */
export const RECHECK_AFTER_BLUR_MS = 50

export function useCardForm(initial: CardForm, context: CardFormContext): CardFormState {
  const messages = useMessages()
  const [values, setValues] = useState(initial)
  const latest = useRef({ values, context })
  useEffect(() => {
    latest.current = { values, context }
  })
  const [errors, setErrors] = useState<readonly FieldError[]>([])
  const [summaryFocusKey, setSummaryFocusKey] = useState(0)
  const wordError = (error: FieldError) => fieldErrorText(messages, error)

  const showErrors = (found: readonly FieldError[]) => {
    setErrors(found)
    if (found.length > 0) setSummaryFocusKey((key) => key + 1)
  }

  const recheck = (field: CardFormField) => {
    const found = checkField(field, latest.current.values, latest.current.context)
    setErrors((current) => {
      if (!current.some((error) => error.field === field)) return current
      return found === undefined ? current.filter((error) => error.field !== field) : current.map((error) => (error.field === field ? found : error))
    })
  }

  const blur = (field: CardFormField) => {
    if (errors.some((error) => error.field === field)) setTimeout(() => recheck(field), RECHECK_AFTER_BLUR_MS)
  }

  return {
    values,
    errors,
    summaryFocusKey,
    errorFor: (field) => {
      const error = errors.find((candidate) => candidate.field === field)
      return error && wordError(error)
    },
    wordError,
    change: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    blur,
    validate: () => {
      const found = validateCardForm(values, context)
      showErrors(found)
      return found.length === 0
    },
    showErrors,
    focusSummary: () => setSummaryFocusKey((key) => key + 1),
    forgetCard: () => setValues((current) => ({ ...current, cardNo: '', cvc: '' })),
  }
}
