// The choice between the suggested address and the one typed, after "Continue" found a likely
// mistake: radios named `email-typo-sugestion` (sic, as on the real pages) with the suggestion
// (`#email-corrected`, its domain in bold) chosen, and the address as typed (`#email-uncorrected`).
import type { ReactNode } from 'react'
import { useMessages } from '../i18n/language.tsx'
import type { EmailTypo, TypoChoice } from './use-email-typo.ts'

export const TYPO_ERROR_ID = 'email-typo-sugestion-error'
export const FIRST_TYPO_OPTION = 'email-corrected'

export function EmailTypoChoice({ typo, choice, onChoose }: { typo: EmailTypo; choice: TypoChoice; onChoose: (choice: TypoChoice) => void }) {
  const messages = useMessages()
  const option = (value: TypoChoice, id: string, address: string, label: ReactNode) => (
    <div className="govuk-radios__item">
      <input
        className="govuk-radios__input"
        id={id}
        name="email-typo-sugestion"
        type="radio"
        value={address}
        checked={choice === value}
        onChange={() => onChoose(value)}
      />
      <label className="govuk-label govuk-radios__label" htmlFor={id}>
        {label}
      </label>
    </div>
  )
  return (
    <div className="govuk-form-group govuk-form-group--error">
      <fieldset className="govuk-fieldset" aria-describedby={TYPO_ERROR_ID}>
        <legend className="govuk-fieldset__legend govuk-visually-hidden">{messages.cardDetails.email}</legend>
        <p className="govuk-error-message govuk-!-width-three-quarters" id={TYPO_ERROR_ID}>
          <span className="govuk-visually-hidden">{messages.fieldErrors.visuallyHiddenError}</span>{' '}
          {messages.fieldErrors.fields.email.typo}
        </p>
        <div className="govuk-radios" data-module="govuk-radios">
          {option(
            'corrected',
            FIRST_TYPO_OPTION,
            typo.suggestion.full,
            <>
              {typo.suggestion.address}@<strong>{typo.suggestion.domain}</strong>
            </>,
          )}
          {option('uncorrected', 'email-uncorrected', typo.original, typo.original)}
        </div>
      </fieldset>
    </div>
  )
}
