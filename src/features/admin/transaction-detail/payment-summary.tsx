// The payment's details (with its agreement, if it has one), its dispute (if it has one), its
// payment method and its metadata, as tables. A disputed payment's status is its dispute's, as on
// the real admin site.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import { externalState } from '../../../simulator/model/payment-status.ts'
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import type { CardDetailsRecord, PaymentRecord } from '../../../simulator/model/types.ts'
import { disputeStatusName } from '../../../simulator/rules/dispute-display-names.ts'
import { paymentDisplayState } from '../../../simulator/rules/transaction-display-states.ts'
import { DetailTable, type DetailRow, valueOrNone } from './detail-table.tsx'
import { DisputeDetails } from './dispute-details.tsx'
import { StatusExplanation } from './status-explanation.tsx'

/** The agreement a payment sets up or was taken with, linking to the agreement's page. */
function AgreementLink({ payment, agreementId }: { payment: PaymentRecord; agreementId: string }) {
  return (
    <>
      <Link className="govuk-link app-break-anywhere" to={appPaths.agreement(agreementId)}>
        {agreementId}
      </Link>
      <br />
      <span className="app-secondary-text">
        {payment.setUpAgreement ? 'This payment sets up the agreement' : 'Taken with the agreement’s saved card'}
      </span>
    </>
  )
}

function detailRows(payment: PaymentRecord, motoEnabled: boolean, dispute: DisputeRecord | undefined): DetailRow[] {
  const state = externalState(payment.status)
  const rows: DetailRow[] = [
    { label: 'Reference number:', value: payment.reference, id: 'reference' },
    { label: 'Description:', value: payment.description, id: 'description' },
    {
      label: 'Payment status:',
      value: dispute ? (
        disputeStatusName(dispute.status)
      ) : (
        <>
          {paymentDisplayState(payment.status)}
          <StatusExplanation state={state} />
        </>
      ),
      id: 'state',
    },
    { label: 'Payment amount:', value: formatPence(payment.amount), id: 'amount' },
    {
      label: 'Refunded amount:',
      value: payment.refundedAmount > 0 ? `–${formatPence(payment.refundedAmount)}` : formatPence(0),
      id: 'refunded-amount',
    },
    { label: 'Date created:', value: formatDateTime(payment.createdAt), id: 'date-created' },
    { label: 'Provider:', value: 'Sandbox', id: 'provider' },
    { label: 'Provider ID:', value: valueOrNone(payment.providerId), id: 'transaction-id' },
    { label: 'GOV.UK payment ID:', value: payment.id, id: 'payment-id' },
  ]
  if (payment.agreementId !== undefined) rows.push({ label: 'Agreement:', value: <AgreementLink payment={payment} agreementId={payment.agreementId} />, id: 'agreement' })
  if (payment.delayedCapture) rows.push({ label: 'Delayed capture:', value: 'On', id: 'delayed-capture' })
  if (motoEnabled || payment.moto) rows.push({ label: 'MOTO:', value: payment.moto ? 'Yes' : 'No', id: 'moto' })
  return rows
}

/** "4242 42** **** 4242" when the first six digits are known, otherwise "**** **** **** 4242". */
export function maskedCardNumber(card: CardDetailsRecord): string | undefined {
  if (!card.lastDigits) return undefined
  if (!card.firstDigits) return `**** **** **** ${card.lastDigits}`
  return `${card.firstDigits.slice(0, 4)} ${card.firstDigits.slice(4, 6)}** **** ${card.lastDigits}`
}

const brandName = (label: string): string => (label === 'Jcb' ? 'JCB' : label)

function methodRows(payment: PaymentRecord): DetailRow[] {
  const card = payment.cardDetails
  return [
    { label: 'Type:', value: valueOrNone(card?.brandLabel ? brandName(card.brandLabel) : undefined), id: 'card-brand' },
    { label: 'Name on card:', value: valueOrNone(card?.cardholderName), id: 'cardholder-name' },
    { label: 'Card number:', value: valueOrNone(card && maskedCardNumber(card)), id: 'card-number' },
    { label: 'Card expiry date:', value: valueOrNone(card?.expiryDate), id: 'card-expiry-date' },
    { label: 'Email:', value: valueOrNone(payment.email), id: 'email' },
  ]
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8">{heading}</h2>
      {children}
    </>
  )
}

export interface PaymentSummaryProps {
  payment: PaymentRecord
  motoEnabled: boolean
  dispute?: DisputeRecord | undefined
}

export function PaymentSummary({ payment, motoEnabled, dispute }: PaymentSummaryProps) {
  const metadata = Object.entries(payment.metadata ?? {}).sort(([a], [b]) => a.localeCompare(b))
  return (
    <>
      <DetailTable rows={detailRows(payment, motoEnabled, dispute)} />
      {dispute ? <DisputeDetails dispute={dispute} /> : null}
      <Section heading="Payment method">
        <DetailTable rows={methodRows(payment)} />
      </Section>
      {metadata.length > 0 ? (
        <Section heading="Metadata">
          <DetailTable rows={metadata.map(([key, value]) => ({ label: `${key}:`, value: String(value) }))} />
        </Section>
      ) : null}
    </>
  )
}
