// The hosted pages' own layout: the service's name in a header without the crown, the playground's
// "Simulation" tag, the "Test service" phase banner, and a footer without GOV.UK Pay's own links.
import { configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { bindPayment } from '../../../../src/features/hosted-pages/browser-binding.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { makePayment } from '../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../support/render-hosted.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()
afterEach(() => localStorage.clear())
configure({ asyncUtilTimeout: 5000 })

describe('the hosted pages’ layout', () => {
  it('names the service being paid, marks the pages as a simulation and a test service', async () => {
    await updateService((await ensureCurrentService()).id, { name: 'Apply for a fishing licence' })
    const payment = await makePayment()
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    const banner = screen.getByRole('banner')
    expect(await within(banner).findByText('Apply for a fishing licence')).toBeVisible()
    expect(within(banner).getByText('Simulation')).toBeVisible()
    expect(within(banner).getByRole('link', { name: 'GOV.UK Pay Playground' }).getAttribute('href')).toBe('/')
    expect(banner.querySelector('svg')).toBeNull()
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.getByText('Test service').className).toContain('govuk-phase-banner__content__tag')
    expect(screen.getByText('This is a test payment service.')).toBeVisible()
  })

  it('has a footer that says what these pages are, with no links to the real service', async () => {
    const payment = await makePayment()
    bindPayment(payment.id)
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Enter card details' })
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByText(/simulated payment pages/)).toBeVisible()
    for (const link of within(footer).getAllByRole('link')) {
      expect(link.getAttribute('href')).not.toMatch(/payments\.service\.gov\.uk|gov\.uk/)
    }
  })

  it('leaves the service’s name out for a browser without a session for the payment', async () => {
    const payment = await makePayment()
    renderHosted(`/card_details/${payment.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Your payment session has expired' })
    expect(screen.queryByText('My test service')).toBeNull()
  })
})
