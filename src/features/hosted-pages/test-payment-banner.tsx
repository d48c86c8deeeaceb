// The banner at the top of the card details and confirm pages of every test payment. English in
// every language, as on the real pages (`div.test-payment-banner`).
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { useEnglishPart } from './i18n/language.tsx'

export function TestPaymentBanner() {
  return (
    <div className="test-payment-banner" {...useEnglishPart()}>
      <NotificationBanner>
        <p className="govuk-notification-banner__heading">This is a test page. No money will be taken.</p>
        <p className="govuk-body">Contact the service you’re trying to pay for if you are trying to make a payment.</p>
      </NotificationBanner>
    </div>
  )
}
