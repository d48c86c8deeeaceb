// Before the clock moves: the payments that will expire because of it, with their reference,
// amount and current state, and the buttons to go ahead or change the amount.
import { formatPence } from '../../../lib/money.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { Button } from '../../../ui/button.tsx'
import { Table } from '../../../ui/table.tsx'

export const PREVIEW_ROWS = 100

export interface ExpiryPreviewProps {
  words: string
  at: number
  payments: readonly PaymentRecord[]
  busy: boolean
  onConfirm: () => void
  onChange: () => void
}

function summary(count: number): string {
  if (count === 0) return 'No payments will expire.'
  return count === 1 ? '1 payment will expire:' : `${count.toLocaleString('en-GB')} payments will expire:`
}

export function ExpiryPreview({ words, at, payments, busy, onConfirm, onChange }: ExpiryPreviewProps) {
  const shown = [...payments].sort((a, b) => (a.expiresAt ?? 0) - (b.expiresAt ?? 0)).slice(0, PREVIEW_ROWS)
  return (
    <div className="app-clock-preview">
      <h3 className="govuk-heading-s" id="clock-preview-heading" tabIndex={-1}>
        Moving the clock forward by {words}, to {formatDateTime(at)}
      </h3>
      <p className="govuk-body">{summary(payments.length)}</p>
      {payments.length > 0 && (
        <Table
          caption={`Payments that will expire (${payments.length.toLocaleString('en-GB')})`}
          captionSize="s"
          head={['Reference', 'Amount', 'Current state']}
          rows={shown.map((payment) => [payment.reference, { content: formatPence(payment.amount), numeric: true }, payment.state])}
        />
      )}
      {payments.length > PREVIEW_ROWS && (
        <p className="govuk-body">
          The table shows the first {PREVIEW_ROWS} to expire. The other {(payments.length - PREVIEW_ROWS).toLocaleString('en-GB')}{' '}
          will expire too.
        </p>
      )}
      <div className="govuk-button-group">
        <Button onClick={onConfirm} disabled={busy}>
          Move the clock forward
        </Button>
        <Button variant="secondary" onClick={onChange} disabled={busy}>
          Change how far
        </Button>
      </div>
    </div>
  )
}
