// An endpoint with a path parameter opens with no error: the code shows {paymentId} where the value
// goes, and only an attempt to send an empty one shows the problem, as GOV.UK forms do (an error
// summary linking to the field, and the message beside it). Nothing is sent until it is filled in.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

let key: string

beforeEach(async () => {
  localStorage.clear()
  sessionStorage.clear()
  key = await newKey('path parameter test key')
  rememberKey(key, 'device')
})

async function open(path: string) {
  const view = renderApp(path)
  await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
  return view
}

const curl = async () => (await screen.findByRole('region', { name: 'curl code for this request' })).textContent ?? ''

describe('a path parameter left empty', { timeout: 60_000 }, () => {
  it('shows no error when the page opens, and {paymentId} in the code', async () => {
    await open('/explorer/get-payment-events')
    const field = screen.getByLabelText(/^paymentId/)
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(document.querySelector('.govuk-error-message, .govuk-error-summary')).toBeNull()
    expect(screen.queryByText(/There is 1 problem/)).toBeNull()
    await waitFor(async () => expect(await curl()).toContain('https://publicapi.payments.service.gov.uk/v1/payments/{paymentId}/events'))
    expect(await curl()).not.toContain('/v1/payments//events')
  })

  it('on Send, shows an error summary linking to the field and the error beside it, and sends nothing', async () => {
    const { user } = await open('/explorer/get-payment-events')
    await user.click(screen.getByRole('button', { name: 'Send request' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy()
    const link = within(summary).getByRole('link', { name: 'Enter a paymentId' })
    expect(link.getAttribute('href')).toBe('#path-paymentId')
    expect(document.activeElement).toBe(summary.closest('.govuk-error-summary'))
    const field = screen.getByLabelText(/^paymentId/)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('path-paymentId-error')?.textContent).toContain('Enter a paymentId')
    expect(screen.getByText('Send the request to see what the API answers.')).toBeTruthy()

    await user.click(link)
    expect(document.activeElement).toBe(field)
  })

  it('clears the error once the field is filled in, and then sends to the address with the value', async () => {
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    const { user } = await open('/explorer/get-payment-events')
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByRole('link', { name: 'Enter a paymentId' })
    await user.click(screen.getByLabelText(/^paymentId/))
    await user.paste(created.json.payment_id)
    expect(screen.queryByRole('link', { name: 'Enter a paymentId' })).toBeNull()
    expect(screen.getByLabelText(/^paymentId/).getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByText('Response: 200 OK')).toBeTruthy()
    expect(await curl()).toContain(`/v1/payments/${created.json.payment_id}/events`)
  })
})
