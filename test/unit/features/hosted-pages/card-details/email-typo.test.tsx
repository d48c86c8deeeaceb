// The email typo suggestion on the card details page: a likely mistake stops "Continue" once with
// the real pages' message and radios; the chosen address is the one kept.
import { configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import { fillCardPage } from '../../../../support/card-form-filling.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../../support/render-hosted.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

const TYPO = 'There might be a mistake in the last part of your email address. Select your email address.'

async function continueWith(email: string) {
  const payment = await makePayment()
  bindPayment(payment.id)
  const view = renderHosted(`/card_details/${payment.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
  await fillCardPage(view.user, { Email: email })
  await view.user.click(screen.getByRole('button', { name: 'Continue' }))
  return { ...view, payment }
}

const keptEmail = async (paymentId: string) => (await sim.db().payments.get(paymentId))?.email

describe('the email typo suggestion', () => {
  it('stops “Continue” once, offering the corrected address (chosen) and the one typed', async () => {
    const { payment } = await continueWith('jo@gmial.com')
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('link', { name: TYPO })).toHaveAttribute('id', 'email-typo-error')
    expect(summary.parentElement).toHaveFocus()
    const corrected = screen.getByRole('radio', { name: 'jo@gmail.com' })
    expect(corrected).toBeChecked()
    expect(corrected).toHaveAttribute('id', 'email-corrected')
    expect(corrected).toHaveAttribute('name', 'email-typo-sugestion')
    expect(corrected.parentElement?.querySelector('strong')).toHaveTextContent('gmail.com')
    expect(screen.getByRole('radio', { name: 'jo@gmial.com' })).toHaveAttribute('id', 'email-uncorrected')
    expect(screen.getByRole('group', { name: 'Email' })).toHaveAccessibleDescription(`Error: ${TYPO}`)
    expect((await sim.db().payments.get(payment.id))?.status).toBe('ENTERING CARD DETAILS')
  })

  it('keeps the corrected address when it stays chosen', async () => {
    const { user, payment } = await continueWith('jo@gmial.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(document.getElementById('email')).toHaveTextContent('jo@gmail.com')
    expect(await keptEmail(payment.id)).toBe('jo@gmail.com')
  })

  it('keeps the address as typed when that is chosen', async () => {
    const { user, payment } = await continueWith('jo@gmial.com')
    await user.click(screen.getByRole('radio', { name: 'jo@gmial.com' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(await keptEmail(payment.id)).toBe('jo@gmial.com')
  })

  it('checks a new address typed instead, and lets a right one through', async () => {
    const { user, payment } = await continueWith('jo@gmial.com')
    await user.clear(screen.getByLabelText('Email'))
    await user.type(screen.getByLabelText('Email'), 'jo@hotmial.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('radio', { name: 'jo@hotmail.com' })).toBeChecked()
    await user.clear(screen.getByLabelText('Email'))
    await user.type(screen.getByLabelText('Email'), 'jo@example.org')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(await keptEmail(payment.id)).toBe('jo@example.org')
  })

  it('does not ask about an address that looks right', async () => {
    const { payment } = await continueWith('jo@gmail.com')
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    expect(await keptEmail(payment.id)).toBe('jo@gmail.com')
  })
})
