// An agreement's payment instrument (the card its set-up payment saved): in one line for the list,
// and as the real admin site's "Payment instrument" summary on the agreement's page.
import type { PaymentInstrumentRecord } from '../../../simulator/model/recurring-types.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'

const brandName = (label: string): string => (label === 'Jcb' ? 'JCB' : label)

const lastFour = (instrument: PaymentInstrumentRecord): string => `••••${instrument.cardDetails.lastDigits ?? ''}`

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

function NotProvided() {
  return <span className="app-secondary-text">Not provided</span>
}

/** "Visa ••••4242 12/30", as the list's "Payment instrument" column shows a card. */
export function InstrumentInline({ instrument }: { instrument: PaymentInstrumentRecord }) {
  const card = instrument.cardDetails
  return (
    <span>
      <span>{brandName(card.brandLabel)}</span> <span>{lastFour(instrument)}</span>
      {card.expiryDate ? <span> {card.expiryDate}</span> : null}
    </span>
  )
}

export function InstrumentSummary({ instrument }: { instrument: PaymentInstrumentRecord }) {
  const card = instrument.cardDetails
  return (
    <div id="payment-instrument-list">
      <SummaryList
        rows={[
          { key: 'Type', value: 'Card' },
          { key: 'Card brand', value: brandName(card.brandLabel) },
          { key: 'Name on card', value: card.cardholderName ?? <NotProvided /> },
          { key: 'Card number', value: lastFour(instrument) },
          { key: 'Card expiry date', value: card.expiryDate ?? <NotProvided /> },
          { key: 'Card type', value: card.cardType ? capitalised(card.cardType) : <NotProvided /> },
        ]}
      />
    </div>
  )
}
