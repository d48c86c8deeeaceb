// The webhooks pages in the admin site, rendered in the whole app: the real labels and messages,
// the signing secret with how to check it, the events a payment sends, and the explorer's reference.
import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { runDueDeliveries } from '../../../../../src/simulator/services/webhook-deliveries.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'
import { NO_CALLBACKS } from '../../../../support/webhook-receivers.ts'
import { webhookFor } from '../../../../support/webhooks.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than five seconds.
configure({ asyncUtilTimeout: 15_000 })

describe('the webhooks pages', { timeout: 60_000 }, () => {
  it('create a webhook with the admin site’s form, its errors linked to their fields', async () => {
    const { user } = renderApp('/admin/settings/webhooks')
    expect(await screen.findByRole('heading', { level: 2, name: 'There are no configured webhooks' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Create a new webhook' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook details' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const summary = within(await screen.findByRole('alert'))
    expect(summary.getByRole('link', { name: 'Enter a callback url' })).toHaveAttribute('href', '#callback-url')
    expect(summary.getByRole('link', { name: 'Enter a description' })).toHaveAttribute('href', '#description')
    expect(summary.getByRole('link', { name: 'Select at least one payment event' })).toHaveAttribute('href', '#subscriptions')

    await user.type(screen.getByLabelText('Callback URL', { exact: false }), 'https://council.example/pay')
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Council tax')
    await user.click(screen.getByLabelText('Payment refunded'))
    await user.click(screen.getByLabelText('Payment succeeded'))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Active webhooks (1)' })).toBeVisible()
    const card = within(screen.getByRole('heading', { level: 2, name: /Council tax/ }).closest('.govuk-summary-card') as HTMLElement)
    expect(card.getByText('https://council.example/pay')).toBeVisible()
    // Listed as the real admin site lists them: sorted by event type.
    const events = within(card.getByText('Payment events sent by this webhook').nextElementSibling as HTMLElement)
    expect(events.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Payment refunded', 'Payment succeeded'])
    expect(card.getByRole('link', { name: 'View Council tax' })).toBeVisible()
  })

  it('show the signing secret, how to check it, and the events a payment sent', async () => {
    const webhook = await webhookFor(['card_payment_captured'])
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    renderApp(`/admin/settings/webhooks/${webhook.id}`)
    expect(await screen.findByRole('heading', { level: 2, name: 'Signing Secret' })).toBeVisible()
    expect(document.getElementById('signing-secret')).toHaveTextContent(webhook.signingKey)
    expect(screen.getByRole('button', { name: 'Copy signing secret to clipboard' })).toBeVisible()
    for (const language of ['Node.js', 'Python', 'Ruby', 'Java']) expect(screen.getByRole('heading', { level: 3, name: language, hidden: true })).toBeInTheDocument()
    const events = within(await screen.findByRole('table', { name: 'Events sent to this webhook' }))
    expect(await events.findByText('Successful')).toBeVisible()
    expect(events.getByText('Payment captured')).toBeVisible()
    expect(screen.getByText('Showing 1 to 1 of 1 events')).toBeVisible()
  })

  it('are explained in the explorer’s reference', async () => {
    renderApp('/explorer/reference')
    expect(await screen.findByRole('heading', { level: 2, name: 'Webhooks' })).toBeVisible()
    const table = within(screen.getByRole('table', { name: 'Webhook events' }))
    expect(table.getAllByRole('row')).toHaveLength(6)
    expect(table.getByText('card_payment_refunded')).toBeVisible()
  })
})
