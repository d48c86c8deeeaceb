// The events of a refunded payment read "success, submitted, success" in the API's answer, which
// looks like a loop. The explorer keeps the answer as it is and says beside it which events are
// the refund's.
import { configure, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { makePayment, pay, refund } from '../../../../support/payment-scenarios.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(async () => {
  localStorage.clear()
  sessionStorage.clear()
  rememberKey(await newKey('events test key'), 'device')
})

describe('the events of a refunded payment in the explorer', { timeout: 60_000 }, () => {
  it('shows the API’s answer unchanged, with a table saying which events belong to the refund', async () => {
    const payment = await makePayment({ amount: 5000 })
    await pay(payment.id)
    await refund(payment.id, 2000)
    const { user } = renderApp(`/explorer/get-payment-events?path.paymentId=${payment.id}`)
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByText('Response: 200 OK')

    const body = JSON.parse(screen.getByRole('region', { name: 'Response body' }).textContent ?? '{}')
    expect(body.events.map((entry: { state: { status: string } }) => entry.state.status)).toEqual([
      'created',
      'started',
      'submitted',
      'success',
      'submitted',
      'success',
    ])
    expect(body.events[4]).not.toHaveProperty('refund')

    const table = within(screen.getByRole('table', { name: 'Which events belong to a refund' }))
    const rows = table.getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'The payment',
      'The payment',
      'The payment',
      'The payment',
      'A refund: submitted',
      'A refund: succeeded',
    ])
    expect(within(rows[4]!).getByRole('rowheader').textContent).toBe('events[4]')
  })

  it('adds nothing for a payment that has not been refunded', async () => {
    const payment = await makePayment()
    const { user } = renderApp(`/explorer/get-payment-events?path.paymentId=${payment.id}`)
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByText('Response: 200 OK')
    expect(screen.queryByRole('table', { name: 'Which events belong to a refund' })).toBeNull()
  })
})
