// The "Enter card details" page for a payment taking card details, in the real pages' structure
// (`main.charge-new` › `.charge-new__content` › `#error-summary`, `#card-details-wrap` ›
// `form#card-details`, `form#cancel`): the test banner, the error summary, the payment summary, the
// form and "Cancel payment". The form is checked in the page and again by the service that
// authorises the card; an email that looks mistyped is queried first. Then the card number decides,
// as in the sandbox, whether the user goes on to confirm or the page for a declined or failed
// payment takes its place; "Checking card details" shows if that takes more than a second.
// What the payment's kind changes comes from its card page facts: a MOTO payment asks for no
// billing address and may hide the card number and security code as they are typed; a corporate
// card's fee shows once its number has been typed and the field left, as the real page checks the
// card then (and in the summary); a payment that sets up an agreement says what the card will be
// saved for.
import { useState } from 'react'
import { pageTitle } from '../../../lib/page-title.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import { hostedPageFacts } from '../../../simulator/services/card-page-facts.ts'
import type { HostedPayment } from '../../../simulator/services/hosted-session.ts'
import { Button } from '../../../ui/button.tsx'
import { AuthWaitingPage } from '../auth-waiting-page.tsx'
import { CancelPaymentForm } from '../cancel-payment-form.tsx'
import { useMessages } from '../i18n/language.tsx'
import { HostedErrorPage } from '../outcome-pages.tsx'
import { FormPageMain } from '../page-main.tsx'
import { PaymentSummary } from '../payment-summary.tsx'
import { TestPaymentBanner } from '../test-payment-banner.tsx'
import { AgreementDisclaimer } from './agreement-disclaimer.tsx'
import { BillingAddressFields } from './billing-address-fields.tsx'
import { CardErrorSummary, type SummaryItem } from './card-error-summary.tsx'
import { CardFields } from './card-fields.tsx'
import { CardNumberField } from './card-number-field.tsx'
import { ContactDetailsFields } from './contact-details-fields.tsx'
import { corporateFeeMessage, corporateFeeOf } from './corporate-fee.ts'
import { EmailTypoChoice, FIRST_TYPO_OPTION } from './email-typo-choice.tsx'
import { useCardCheck } from './use-card-check.ts'
import { useCardSubmit } from './use-card-submit.ts'

export function CardDetailsForm({ hosted }: { hosted: HostedPayment }) {
  const messages = useMessages()
  const { payment, service } = hosted
  const { settings } = service
  const facts = hostedPageFacts(hosted)
  const { form, typo, submit, submitting, waiting, failed, today } = useCardSubmit(hosted)
  const chargesFees = Object.values(facts.corporateSurcharges).some((fee) => fee > 0)
  // The number as it was when the field was last left: what the fee is worked out for.
  const [leftCardNo, setLeftCardNo] = useState('')
  const fee = corporateFeeOf(useCardCheck(payment.id, leftCardNo, chargesFees))

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
            <PaymentSummary payment={payment} fee={fee?.pence} />
          </div>
          <form id="card-details" name="cardDetails" noValidate onSubmit={(event) => void submit(event)} className="app-card-form">
            <CardNumberField
              value={form.values.cardNo}
              error={form.errorFor('cardNo')}
              accepted={settings.acceptedCardTypes}
              onChange={(value) => form.change('cardNo', value)}
              onBlur={() => {
                form.blur('cardNo')
                setLeftCardNo(form.values.cardNo)
              }}
              masked={facts.maskCardNumber}
              feeMessage={fee && corporateFeeMessage(messages, fee)}
            />
            <CardFields form={form} today={today} maskSecurityCode={facts.maskSecurityCode} />
            {facts.collectBillingAddress ? <BillingAddressFields form={form} /> : null}
            {settings.emailCollectionMode === 'OFF' ? null : <ContactDetailsFields form={form} mode={settings.emailCollectionMode} />}
            {typo.typo ? <EmailTypoChoice typo={typo.typo} choice={typo.choice} onChoose={typo.choose} /> : null}
            {facts.agreementDescription ? <AgreementDisclaimer description={facts.agreementDescription} /> : null}
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
