// The pages for a payment that cannot take card details at this address: finished payments, a
// payment in progress elsewhere, an expired session, and errors (pay-pages-and-admin.md §1.8).
// Their links back to the service go through `#/return/:paymentId`.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { pageTitle } from '../../lib/page-title.ts'
import type { OutcomeView } from './state-views.ts'

function OutcomeFrame({ title, heading, headingClass, children }: { title: string; heading: string; headingClass?: string; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(title)}</title>
        <h1 className={headingClass ? `govuk-heading-l ${headingClass}` : 'govuk-heading-l'}>{heading}</h1>
        {children}
      </div>
    </div>
  )
}

const Body = ({ children }: { children: ReactNode }) => <p className="govuk-body-l">{children}</p>

function ReturnButton({ paymentId, children }: { paymentId: string; children: string }) {
  return (
    <Link to={appPaths.returnToService(paymentId)} className="govuk-button" draggable={false} data-module="govuk-button">
      {children}
    </Link>
  )
}

function ReturnLink({ paymentId, children }: { paymentId: string; children: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={appPaths.returnToService(paymentId)}>
        {children}
      </Link>
    </p>
  )
}

const TRY_AGAIN = 'Cancel and go back to try the payment again'

/** "Your payment session has expired": with a way back to the service, unless this browser has no session at all. */
export function SessionExpiredPage({ paymentId }: { paymentId?: string }) {
  return (
    <OutcomeFrame title="Your payment expired" heading="Your payment session has expired">
      <Body>
        Your payment session has expired. This may be because you have completed your payment or your session has
        timed out.
      </Body>
      {paymentId ? <ReturnLink paymentId={paymentId}>{TRY_AGAIN}</ReturnLink> : null}
    </OutcomeFrame>
  )
}

export function OutcomePage({ outcome, paymentId }: { outcome: OutcomeView; paymentId: string }) {
  switch (outcome) {
    case 'declined':
      return (
        <OutcomeFrame title="There was a problem with your payment" heading="Your payment has been declined">
          <Body>No money has been taken from your account. Contact your bank for more details.</Body>
          <ReturnButton paymentId={paymentId}>Start again</ReturnButton>
        </OutcomeFrame>
      )
    case 'technical-problems':
      return (
        <OutcomeFrame title="We’re experiencing technical problems" heading="We’re experiencing technical problems">
          <Body>No money has been taken from your account.</Body>
          <ReturnLink paymentId={paymentId}>{TRY_AGAIN}</ReturnLink>
        </OutcomeFrame>
      )
    case 'session-expired':
      return <SessionExpiredPage paymentId={paymentId} />
    case 'user-cancelled':
      return (
        <OutcomeFrame title="Your payment has been cancelled" heading="Your payment has been cancelled" headingClass="user-cancel">
          <Body>No money has been taken from your account.</Body>
          <ReturnButton paymentId={paymentId}>Continue</ReturnButton>
        </OutcomeFrame>
      )
    case 'service-cancelled':
      return (
        <OutcomeFrame title="Your Payment was cancelled" heading="Payment cancelled">
          <Body>The service you’re trying to pay has cancelled your payment. No money has been taken from your account.</Body>
          <ReturnButton paymentId={paymentId}>Continue</ReturnButton>
        </OutcomeFrame>
      )
    case 'success':
      return (
        <OutcomeFrame title="Your payment was successful" heading="Your payment was successful">
          <Body>To make any changes to your payment you’ll need to contact the service.</Body>
          <ReturnLink paymentId={paymentId}>View your payment summary</ReturnLink>
        </OutcomeFrame>
      )
    case 'processing':
      return (
        <OutcomeFrame title="Your payment is being processed." heading="Processing card details">
          <Body>Your payment is being processed.</Body>
        </OutcomeFrame>
      )
  }
}

/** A payment still open, reached at an address for another step (the Back button, an old link, its one-time link again). */
export function InProgressPage({ paymentId, continueTo }: { paymentId: string; continueTo: 'card-details' | 'confirm' }) {
  const next = continueTo === 'confirm' ? appPaths.confirm(paymentId) : appPaths.cardDetails(paymentId)
  return (
    <OutcomeFrame title="Your payment is in progress" heading="Your payment is in progress">
      <p className="govuk-body">You can either:</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={next}>
          Continue with your payment
        </Link>
      </p>
      <p className="govuk-body">or</p>
      <ReturnLink paymentId={paymentId}>{TRY_AGAIN}</ReturnLink>
    </OutcomeFrame>
  )
}

/** Anything that went wrong unexpectedly. */
export function HostedErrorPage() {
  return (
    <OutcomeFrame title="An error occurred" heading="An error occurred">
      <p className="govuk-body-l" id="errorMsg">
        There is a problem, please try again later
      </p>
    </OutcomeFrame>
  )
}
