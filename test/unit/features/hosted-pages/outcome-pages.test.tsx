// The pages for each outcome: title, heading, body and the way back to the service, as the real
// pages word them.
import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import {
  HostedErrorPage,
  InProgressPage,
  OutcomePage,
  SessionExpiredPage,
} from '../../../../src/features/hosted-pages/outcome-pages.tsx'
import type { OutcomeView } from '../../../../src/features/hosted-pages/state-views.ts'

const inRouter = (page: ReactNode) => render(<MemoryRouter>{page}</MemoryRouter>)

const CASES: [OutcomeView, string, string, string, [string, 'button' | 'link'] | undefined][] = [
  ['declined', 'There was a problem with your payment', 'Your payment has been declined', 'No money has been taken from your account. Contact your bank for more details.', ['Start again', 'button']],
  ['technical-problems', 'We’re experiencing technical problems', 'We’re experiencing technical problems', 'No money has been taken from your account.', ['Cancel and go back to try the payment again', 'link']],
  ['session-expired', 'Your payment expired', 'Your payment session has expired', 'Your payment session has expired. This may be because you have completed your payment or your session has timed out.', ['Cancel and go back to try the payment again', 'link']],
  ['user-cancelled', 'Your payment has been cancelled', 'Your payment has been cancelled', 'No money has been taken from your account.', ['Continue', 'button']],
  ['service-cancelled', 'Your Payment was cancelled', 'Payment cancelled', 'The service you’re trying to pay has cancelled your payment. No money has been taken from your account.', ['Continue', 'button']],
  ['success', 'Your payment was successful', 'Your payment was successful', 'To make any changes to your payment you’ll need to contact the service.', ['View your payment summary', 'link']],
  ['processing', 'Your payment is being processed.', 'Processing card details', 'Your payment is being processed.', undefined],
]

describe('OutcomePage', () => {
  it.each(CASES)('shows the %s page', (outcome, title, heading, body, action) => {
    inRouter(<OutcomePage outcome={outcome} paymentId="pay123" />)
    expect(document.title).toBe(`${title} – GOV.UK Pay Playground`)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading)
    expect(screen.getByText(body)).toBeVisible()
    const links = screen.queryAllByRole('link')
    if (!action) {
      expect(links).toHaveLength(0)
      return
    }
    const [text, style] = action
    expect(links).toHaveLength(1)
    expect(links[0]?.textContent).toBe(text)
    expect(links[0]?.getAttribute('href')).toBe('/return/pay123')
    expect(links[0]?.classList.contains('govuk-button')).toBe(style === 'button')
  })

  it('marks the user-cancelled heading as the real page does', () => {
    inRouter(<OutcomePage outcome="user-cancelled" paymentId="pay123" />)
    expect(screen.getByRole('heading', { level: 1 }).className).toContain('user-cancel')
  })
})

describe('the other pages', () => {
  it('has no way back on the session-expired page of a browser without a session', () => {
    inRouter(<SessionExpiredPage />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your payment session has expired')
    expect(screen.queryAllByRole('link')).toHaveLength(0)
  })

  it('offers to continue or go back from the in-progress page', () => {
    inRouter(<InProgressPage paymentId="pay123" continueTo="confirm" />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your payment is in progress')
    expect(screen.getByRole('link', { name: 'Continue with your payment' }).getAttribute('href')).toBe('/card_details/pay123/confirm')
    expect(screen.getByRole('link', { name: 'Cancel and go back to try the payment again' }).getAttribute('href')).toBe('/return/pay123')
  })

  it('says an error occurred', () => {
    inRouter(<HostedErrorPage />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('An error occurred')
    expect(document.getElementById('errorMsg')?.textContent).toBe('There is a problem, please try again later')
  })
})
