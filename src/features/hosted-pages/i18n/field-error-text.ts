// A card form error in the page's language, chosen as the real pages choose it: a required field
// left empty reads "Enter a valid %s" with the field's name; any other problem reads the field's
// message for that code, with the card brand filled in where the message names one.
import { fillIn } from '../../../lib/i18n.ts'
import { brandTitle } from '../../../simulator/rules/card-form/card-number.ts'
import type { CardFormField, FieldError, FieldErrorCodes } from '../../../simulator/rules/card-form/fields.ts'
import { en, type Messages } from './messages-en.ts'

/** Every field's messages cover every code its rules return (checked when this compiles). */
type FieldMessages = { [F in CardFormField]: { name: string } & Record<Exclude<FieldErrorCodes[F], 'empty'>, string> }
en.fieldErrors.fields satisfies FieldMessages

export function fieldErrorText(messages: Messages, error: FieldError): string {
  const words: Readonly<Record<string, string>> & { name: string } = messages.fieldErrors.fields[error.field]
  if (error.code === 'empty') return fillIn(messages.fieldErrors.generic, words.name)
  return fillIn(words[error.code] ?? fillIn(messages.fieldErrors.generic, words.name), brandTitle(error.brand ?? ''))
}
