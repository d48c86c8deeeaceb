// "Contact details": the email, mandatory or optional as the service collects it.
import type { EmailCollectionMode } from '../../../simulator/model/types.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { useMessages } from '../i18n/language.tsx'
import { TextField } from './fields/text-field.tsx'
import type { CardFormState } from './use-card-form.ts'

export function ContactDetailsFields({ form, mode }: { form: CardFormState; mode: Exclude<EmailCollectionMode, 'OFF'> }) {
  const messages = useMessages()
  return (
    <div className="govuk-!-width-three-quarters email-container app-card-form__section">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{messages.cardDetails.contactDetails}</h2>
        </legend>
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={mode === 'OPTIONAL' ? messages.cardDetails.emailOptional : messages.cardDetails.email}
          error={form.errorFor('email')}
          value={form.values.email}
          onChange={(event) => form.change('email', event.target.value)}
          onBlur={() => form.blur('email')}
          inputClassName="govuk-!-width-full"
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
        />
      </fieldset>
    </div>
  )
}
