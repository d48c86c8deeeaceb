// "Contact details": the email, mandatory or optional as the service collects it.
import type { EmailCollectionMode } from '../../../simulator/model/types.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { Fieldset } from '../../../ui/fieldset.tsx'
import { Input } from '../../../ui/input.tsx'
import type { CardFormState } from './use-card-form.ts'

export function ContactDetailsFields({ form, mode }: { form: CardFormState; mode: Exclude<EmailCollectionMode, 'OFF'> }) {
  return (
    <div className="app-card-form__section">
      <Fieldset legend="Contact details" legendSize="m" headingLevel={2}>
        <Input
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={mode === 'OPTIONAL' ? 'Email (optional)' : 'Email'}
          error={form.errorFor('email')}
          value={form.values.email}
          onChange={(event) => form.change('email', event.target.value)}
          onBlur={() => form.blur('email')}
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
        />
      </Fieldset>
    </div>
  )
}
