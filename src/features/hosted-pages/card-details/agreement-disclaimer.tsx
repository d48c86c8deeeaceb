// On the card page of a payment that sets up an agreement: "Your payment details will be saved
// for:" and the agreement's description, in an inset before "Continue" (`#agreement-setup-disclaimer`,
// as on the real pages). The real pages have this sentence in English only, whatever the payment's
// language, so a Welsh page shows it in English too, marked as such.
import { ENGLISH_ONLY } from '../i18n/english-only.ts'
import { useEnglishPart } from '../i18n/language.tsx'

export function AgreementDisclaimer({ description }: { description: string }) {
  const english = useEnglishPart()
  return (
    <div id="agreement-setup-disclaimer" className="govuk-form-group govuk-!-width-three-quarters govuk-!-margin-top-6">
      <div className="govuk-inset-text">
        <p className="govuk-hint govuk-!-margin-bottom-0" {...english}>
          {ENGLISH_ONLY.agreementSetupDisclaimer}
        </p>
        <p className="govuk-body-l govuk-!-margin-bottom-0">{description}</p>
      </div>
    </div>
  )
}
