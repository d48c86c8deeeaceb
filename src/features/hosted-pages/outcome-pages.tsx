// The pages for a payment that cannot take card details at this address: finished payments, a
// payment in progress elsewhere, an expired session, and errors (pay-pages-and-admin.md §1.8), in
// the payment's language, with the real pages' classes and ids (`h1.user-cancel`, `#return-url`,
// `#card-details-link`…). Their links back to the service go through `#/return/:paymentId`.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { ENGLISH_ONLY } from './i18n/english-only.ts'
import { useEnglishPart, useMessages } from './i18n/language.tsx'
import { PageMain } from './page-main.tsx'
import type { OutcomeView } from './state-views.ts'

export function OutcomeFrame({ title, heading, headingClass, children }: { title: string; heading: ReactNode; headingClass?: string; children: ReactNode }) {
  return (
    <PageMain>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>{pageTitle(title)}</title>
          <h1 className={headingClass ? `govuk-heading-l ${headingClass}` : 'govuk-heading-l'}>{heading}</h1>
          {children}
        </div>
      </div>
    </PageMain>
  )
}

const Body = ({ children }: { children: ReactNode }) => <p className="govuk-body-l lede">{children}</p>

function ReturnButton({ paymentId, children }: { paymentId: string; children: string }) {
  return (
    <p className="govuk-body-l lede">
      <Link to={appPaths.returnToService(paymentId)} id="return-url" className="govuk-button" draggable={false} data-module="govuk-button">
        {children}
      </Link>
    </p>
  )
}

function ReturnLink({ paymentId, children }: { paymentId: string; children: string }) {
  return (
    <p className="govuk-body-l lede">
      <Link className="govuk-link" id="return-url" to={appPaths.returnToService(paymentId)}>
        {children}
      </Link>
    </p>
  )
}

/** "Your payment session has expired": with a way back to the service, unless this browser has no session at all. */
export function SessionExpiredPage({ paymentId }: { paymentId?: string }) {
  const { errorViews } = useMessages()
  return (
    <OutcomeFrame title={errorViews.paymentExpired} heading={errorViews.sessionExpired} headingClass="session-expired">
      <Body>{errorViews.sessionExpiredNoMoneyTaken}</Body>
      {paymentId ? <ReturnLink paymentId={paymentId}>{errorViews.tryAgain}</ReturnLink> : null}
    </OutcomeFrame>
  )
}

/** "Your payment was successful": the real pages put the English word "successful" after the sentence's start in either language. */
function SuccessHeading() {
  const { errorViews } = useMessages()
  return (
    <>
      {errorViews.paymentStatus} <span {...useEnglishPart()}>{ENGLISH_ONLY.successful}</span>
    </>
  )
}

export function OutcomePage({ outcome, paymentId }: { outcome: OutcomeView; paymentId: string }) {
  const { errorViews, authorisation, commonButtons } = useMessages()
  switch (outcome) {
    case 'declined':
      return (
        <OutcomeFrame title={errorViews.problem} heading={errorViews.declined} headingClass="qa-payment-declined">
          <Body>{errorViews.contactYourBank}</Body>
          <ReturnButton paymentId={paymentId}>{commonButtons.startAgain}</ReturnButton>
        </OutcomeFrame>
      )
    case 'technical-problems':
      return (
        <OutcomeFrame title={errorViews.technicalProblems} heading={errorViews.technicalProblems} headingClass="system-error">
          <Body>{errorViews.noMoneyTaken}</Body>
          <ReturnLink paymentId={paymentId}>{errorViews.tryAgain}</ReturnLink>
        </OutcomeFrame>
      )
    case 'session-expired':
      return <SessionExpiredPage paymentId={paymentId} />
    case 'user-cancelled':
      return (
        <OutcomeFrame title={authorisation.userCancelledPayment} heading={authorisation.userCancelledPayment} headingClass="user-cancel">
          <Body>{errorViews.noMoneyTaken}</Body>
          <ReturnButton paymentId={paymentId}>{commonButtons.continueButton}</ReturnButton>
        </OutcomeFrame>
      )
    case 'service-cancelled':
      return (
        <OutcomeFrame title={errorViews.paymentCancelled} heading={errorViews.paymentCancelledTitle} headingClass="system-cancel">
          <Body>{errorViews.paymentCancelledDescription}</Body>
          <ReturnButton paymentId={paymentId}>{commonButtons.continueButton}</ReturnButton>
        </OutcomeFrame>
      )
    case 'success':
      return (
        <OutcomeFrame title={`${errorViews.paymentStatus} ${ENGLISH_ONLY.successful}`} heading={<SuccessHeading />} headingClass="successful">
          <Body>{errorViews.toMakeChanges}</Body>
          <ReturnLink paymentId={paymentId}>{errorViews.viewSummary}</ReturnLink>
        </OutcomeFrame>
      )
    case 'processing':
      return (
        <OutcomeFrame title={authorisation.processingPayment} heading={authorisation.processing}>
          <Body>{authorisation.processingPayment}</Body>
        </OutcomeFrame>
      )
  }
}

/** A payment still open, reached at an address for another step (the Back button, an old link, its one-time link again). */
export function InProgressPage({ paymentId, continueTo }: { paymentId: string; continueTo: 'card-details' | 'confirm' }) {
  const { commonHeadings, errorViews, commonConjunctions } = useMessages()
  const next = continueTo === 'confirm' ? appPaths.confirm(paymentId) : appPaths.cardDetails(paymentId)
  return (
    <OutcomeFrame title={commonHeadings.inProgress} heading={commonHeadings.inProgress}>
      <p className="govuk-body-l lede">{errorViews.either}</p>
      <p className="govuk-body-l lede">
        <Link className="govuk-link" to={next} id={continueTo === 'confirm' ? 'confirm-link' : 'card-details-link'}>
          {errorViews.continue}
        </Link>
      </p>
      <p className="govuk-body-l lede">{commonConjunctions.or}</p>
      <ReturnLink paymentId={paymentId}>{errorViews.tryAgain}</ReturnLink>
    </OutcomeFrame>
  )
}

/** Anything that went wrong unexpectedly. Its message is English on the real Welsh pages too. */
export function HostedErrorPage() {
  const { errorViews } = useMessages()
  return (
    <OutcomeFrame title={errorViews.error} heading={errorViews.error} headingClass="general-error">
      <p className="govuk-body-l lede" id="errorMsg" {...useEnglishPart()}>
        {ENGLISH_ONLY.errorMessage}
      </p>
    </OutcomeFrame>
  )
}
