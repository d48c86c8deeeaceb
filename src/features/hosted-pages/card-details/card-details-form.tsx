// The "Enter card details" page for a payment taking card details, in the real pages' structure
// (`main.charge-new` › `.charge-new__content` › `#error-summary`, `#card-details-wrap` ›
// `form#card-details`, `form#cancel`): the test banner, the error summary, the payment summary, the
// form and "Cancel payment". The form is checked in the page and again by the service that
// authorises the card; an email that looks mistyped is queried first. Then the card number decides,
// as in the sandbox, whether the user goes on to confirm or the page for a declined or failed
// payment takes its place; "Checking card details" shows if that takes more than a second.
import { pageTitle } from '../../../lib/page-title.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import type { HostedPayment } from '../../../simulator/services/hosted-session.ts'
import { Button } from '../../../ui/button.tsx'
import { AuthWaitingPage } from '../auth-waiting-page.tsx'
import { CancelPaymentForm } from '../cancel-payment-form.tsx'
import { useMessages } from '../i18n/language.tsx'
import { HostedErrorPage } from '../outcome-pages.tsx'
import { FormPageMain } from '../page-main.tsx'
import { PaymentSummary } from '../payment-summary.tsx'
import { TestPaymentBanner } from '../test-payment-banner.tsx'
import { BillingAddressFields } from './billing-address-fields.tsx'
import { CardErrorSummary, type SummaryItem } from './card-error-summary.tsx'
import { CardFields } from './card-fields.tsx'
import { CardNumberField } from './card-number-field.tsx'
import { ContactDetailsFields } from './contact-details-fields.tsx'
import { EmailTypoChoice, FIRST_TYPO_OPTION } from './email-typo-choice.tsx'
import { useCardSubmit } from './use-card-submit.ts'

export function CardDetailsForm({ hosted }: { hosted: HostedPayment }) {
  const messages = useMessages()
  const { payment, service } = hosted
  const { settings } = service
  const { form, typo, submit, submitting, waiting, failed, today } = useCardSubmit(hosted)

  if (failed) return <HostedErrorPage />
  if (waiting) return <AuthWaitingPage />
  const summary: SummaryItem[] = form.errors.map((error) => ({ cssKey: FIELD_IDS[error.field], target: FIELD_IDS[error.field], text: form.wordError(error) }))
  if (typo.typo) summary.push({ cssKey: 'email-typo', target: FIRST_TYPO_OPTION, text: messages.fieldErrors.fields.email.typo })
  return (
    <FormPageMain className="charge-new">
      <title>{pageTitle(messages.cardDetails.enterCardDetails)}</title>
      <TestPaymentBanner />
      <div className="charge-new__content">
        <CardErrorSummary items={summary} focusKey={form.summaryFocusKey} />
        <div id="card-details-wrap">
          <div className="non-web-payment-button-section govuk-!-margin-bottom-5">
            <h1 className="govuk-heading-l">{messages.cardDetails.enterCardDetails}</h1>
            <PaymentSummary payment={payment} />
          </div>
          <form id="card-details" name="cardDetails" noValidate onSubmit={(event) => void submit(event)} className="app-card-form">
            <CardNumberField
              value={form.values.cardNo}
              error={form.errorFor('cardNo')}
              accepted={settings.acceptedCardTypes}
              onChange={(value) => form.change('cardNo', value)}
              onBlur={() => form.blur('cardNo')}
            />
            <CardFields form={form} today={today} />
            {settings.collectBillingAddress ? <BillingAddressFields form={form} /> : null}
            {settings.emailCollectionMode === 'OFF' ? null : <ContactDetailsFields form={form} mode={settings.emailCollectionMode} />}
            {typo.typo ? <EmailTypoChoice typo={typo.typo} choice={typo.choice} onChoose={typo.choose} /> : null}
            <div className="app-card-form__section">
              <Button type="submit" id="submit-card-details" disabled={submitting}>
                {messages.commonButtons.continueButton}
              </Button>
            </div>
          </form>
          <CancelPaymentForm paymentId={payment.id} disabled={submitting} />
        </div>
      </div>
    </FormPageMain>
  )
}
