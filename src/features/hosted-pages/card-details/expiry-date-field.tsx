// "Expiry date": month and year in a fieldset, checked together. As on the real pages the legend
// holds `#expiry-date-lbl`, the hint is `#expiry-date-hint`, the error `#error-expiry-date`, and
// both inputs turn red when the date is wrong.
import { fillIn } from '../../../lib/i18n.ts'
import { type CalendarMonth, expiryHintYear } from '../../../simulator/rules/card-form/expiry.ts'
import { useMessages } from '../i18n/language.tsx'
import { describedByIds, errorId, FieldGroup, InlineError } from './fields/field-parts.tsx'
import type { CardFormState } from './use-card-form.ts'

const KEY = 'expiry-date'

export function ExpiryDateField({ form, today }: { form: CardFormState; today: CalendarMonth }) {
  const messages = useMessages()
  const error = form.errorFor('expiryMonth')
  const inputClass = error ? 'govuk-input govuk-date-input__input govuk-input--width-3 govuk-input--error' : 'govuk-input govuk-date-input__input govuk-input--width-3'
  const part = (field: 'expiryMonth' | 'expiryYear', id: string, label: string) => (
    <div className={`govuk-date-input__item govuk-date-input__item--${field === 'expiryMonth' ? 'month' : 'year'}`}>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={id}>
          {label}
        </label>
        <input
          className={inputClass}
          id={id}
          name={field}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          minLength={field === 'expiryMonth' ? 1 : 2}
          maxLength={field === 'expiryMonth' ? 2 : 4}
          autoComplete={field === 'expiryMonth' ? 'cc-exp-month' : 'cc-exp-year'}
          value={form.values[field]}
          onChange={(event) => form.change(field, event.target.value)}
          onBlur={() => form.blur('expiryMonth')}
          aria-invalid={error ? true : undefined}
        />
      </div>
    </div>
  )
  return (
    <FieldGroup validation="expiryMonth" error={error} className="expiry-date">
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedByIds(`${KEY}-hint`, error ? errorId(KEY) : undefined)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          <span id={`${KEY}-lbl`}>{messages.cardDetails.expiry}</span>
        </legend>
        <div className="govuk-hint" id={`${KEY}-hint`}>
          {fillIn(messages.cardDetails.expiryHint, expiryHintYear(today))}
        </div>
        {error ? <InlineError cssKey={KEY}>{error}</InlineError> : null}
        <div className="govuk-date-input">
          {part('expiryMonth', 'expiry-month', messages.cardDetails.expiryMonth)}
          {part('expiryYear', 'expiry-year', messages.cardDetails.expiryYear)}
        </div>
      </fieldset>
    </FieldGroup>
  )
}
