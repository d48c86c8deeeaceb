// "Update details for test payment": the description and the amount, checked as the real admin
// site checks them, with an error summary that links to each field.
import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { checkDetails, type DetailsErrors, type TestPaymentDetails, toForm } from './test-payment-details.ts'

interface EditProps {
  details: TestPaymentDetails
  onSave: (details: TestPaymentDetails) => void
}

export function EditTestPaymentPage({ details, onSave }: EditProps) {
  const [form, setForm] = useState(() => toForm(details))
  const [errors, setErrors] = useState<DetailsErrors>({})
  const navigate = useNavigate()
  const summary: ErrorSummaryItem[] = []
  if (errors.description) summary.push({ text: errors.description, fieldId: 'payment-description' })
  if (errors.amount) summary.push({ text: errors.amount, fieldId: 'payment-amount' })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkDetails(form)
    setErrors(checked.errors)
    if (checked.details) {
      onSave(checked.details)
      void navigate(appPaths.testPayment())
    }
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(summary.length > 0 ? 'Error: Update details for test payment' : 'Update details for test payment')}</title>
        <BackLink to={appPaths.testPayment()} />
        <ErrorSummary errors={summary} />
        <h1 className="govuk-heading-l">Update details for test payment</h1>
        <form onSubmit={submit} noValidate>
          <Input
            id="payment-description"
            name="paymentDescription"
            label="Payment description"
            labelSize="s"
            hint={'Briefly describe what the user is paying for. For example, “Pay for a parking permit”.'}
            error={errors.description}
            value={form.description}
            onChange={(event) => setForm({ ...form, description: event.target.value })}
          />
          <Input
            id="payment-amount"
            name="paymentAmount"
            label="Payment amount"
            labelSize="s"
            prefix="£"
            width={5}
            spellCheck={false}
            inputMode="decimal"
            error={errors.amount}
            value={form.amount}
            onChange={(event) => setForm({ ...form, amount: event.target.value })}
          />
          <Button type="submit">Save changes</Button>
        </form>
      </div>
    </div>
  )
}
