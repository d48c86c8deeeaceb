// The "Enter card details" page for a payment taking card details: the test banner, the error
// summary, the payment summary, the form and "Cancel payment". The form is checked in the page and
// again by the service that authorises the card; then the card number decides, as in the sandbox,
// whether the user goes on to confirm or the page for a declined or failed payment takes its place.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { FIELD_IDS } from '../../../simulator/rules/card-form/fields.ts'
import {
  authorisePayment,
  beginCardEntry,
  CardFormRejectedError,
  cardFormContext,
  type HostedPayment,
  WrongStateError,
} from '../../../simulator/services/hosted-session.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { CancelPaymentForm } from '../cancel-payment-form.tsx'
import { HostedErrorPage } from '../outcome-pages.tsx'
import { PaymentSummary } from '../payment-summary.tsx'
import { TestPaymentBanner } from '../test-payment-banner.tsx'
import { BillingAddressFields } from './billing-address-fields.tsx'
import { CardFields } from './card-fields.tsx'
import { CardNumberField } from './card-number-field.tsx'
import { ContactDetailsFields } from './contact-details-fields.tsx'
import { initialCardForm, toSubmission } from './initial-card-form.ts'
import { useCardForm } from './use-card-form.ts'

export function CardDetailsForm({ hosted }: { hosted: HostedPayment }) {
  const { payment, service } = hosted
  const { settings } = service
  const context = cardFormContext(settings, hosted.now)
  const form = useCardForm(initialCardForm(payment, settings), context)
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const sending = useRef(false)
  const [submitting, setSubmitting] = useState(false)
  const [failed, setFailed] = useState(false)

  // Showing the form starts the payment (created → started), as the real page does on every visit.
  useEffect(() => {
    if (payment.status === 'CREATED') beginCardEntry(payment.id).catch(() => undefined)
  }, [payment.id, payment.status])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending.current || !form.validate()) return
    sending.current = true
    setSubmitting(true)
    const submission = toSubmission(form.values, settings)
    try {
      const authorised = await authorisePayment(payment.id, submission)
      // The page after this one shows the payment as it is now, without waiting for a refetch.
      queryClient.setQueryData(queryKeys.hostedPayment(payment.id), { ...hosted, payment: authorised })
      if (authorised.status === 'AUTHORISATION SUCCESS') navigate(appPaths.confirm(payment.id))
    } catch (error) {
      if (error instanceof CardFormRejectedError) form.showErrors(error.errors)
      else if (!(error instanceof WrongStateError)) setFailed(true)
    } finally {
      form.forgetCard()
      sending.current = false
      setSubmitting(false)
      await queryClient.invalidateQueries({ queryKey: queryKeys.hostedPayment(payment.id) })
    }
  }

  if (failed) return <HostedErrorPage />
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Enter card details')}</title>
        <TestPaymentBanner />
        <ErrorSummary
          title="The following fields are missing or contain errors"
          errors={form.errors.map((error) => ({ text: error.message, fieldId: FIELD_IDS[error.field] }))}
          focusKey={form.summaryFocusKey}
        />
        <h1 className="govuk-heading-l">Enter card details</h1>
        <PaymentSummary payment={payment} />
        <form id="card-details" name="cardDetails" noValidate onSubmit={(event) => void submit(event)} className="app-card-form">
          <CardNumberField
            value={form.values.cardNo}
            error={form.errorFor('cardNo')}
            accepted={settings.acceptedCardTypes}
            onChange={(value) => form.change('cardNo', value)}
            onBlur={() => form.blur('cardNo')}
          />
          <CardFields form={form} today={context.today} />
          {settings.collectBillingAddress ? <BillingAddressFields form={form} /> : null}
          {settings.emailCollectionMode === 'OFF' ? null : <ContactDetailsFields form={form} mode={settings.emailCollectionMode} />}
          <div className="app-card-form__section">
            <Button type="submit" id="submit-card-details" disabled={submitting}>
              Continue
            </Button>
          </div>
        </form>
        <CancelPaymentForm paymentId={payment.id} disabled={submitting} />
      </div>
    </div>
  )
}
