// The code for a request: for a page of the playground by default, and for your terminal, through
// the local bridge's address, while a bridge is connected; without one, it says plainly how to get one.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { HarRequest } from 'httpsnippet-lite'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { CodeSamples } from '../../../../../src/features/explorer/snippets/code-samples.tsx'
import { reportBridgeStatus } from '../../../../../src/simulator/services/bridge.ts'

const har: HarRequest = {
  method: 'GET',
  url: 'https://publicapi.payments.service.gov.uk/v1/payments/hu20sqlact5260q2nanm0q8u93',
  httpVersion: 'HTTP/1.1',
  headers: [{ name: 'Authorization', value: 'Bearer YOUR_API_KEY' }],
  queryString: [],
  cookies: [],
  headersSize: -1,
  bodySize: -1,
}

const renderSamples = () =>
  render(
    <MemoryRouter>
      <CodeSamples har={har} usesPlaceholderKey />
    </MemoryRouter>,
  )

const code = async () => (await screen.findByRole('region', { name: /code for this request/ })).textContent

afterEach(() => reportBridgeStatus({ kind: 'off' }))

describe('the code for a request', () => {
  it('says that the code reaches the real service from a terminal, and how to start the bridge, when none is connected', async () => {
    renderSamples()
    expect(screen.getByText(/start the local bridge/)).toHaveTextContent('npm run bridge')
    expect(screen.getByRole('link', { name: 'simulator tools' })).toHaveAttribute('href', '/simulator')
    expect(await code()).toContain('https://publicapi.payments.service.gov.uk/v1/payments/hu20sqlact5260q2nanm0q8u93')
  })

  it('is written for your terminal, at the bridge’s address, while a bridge is connected, or for a page on request', async () => {
    reportBridgeStatus({ kind: 'connected', bridgeUrl: 'http://127.0.0.1:9292', inThisTab: false })
    renderSamples()
    const choice = screen.getByRole('group', { name: 'Where will you run it?' })
    expect(within(choice).getByRole('radio', { name: /through the bridge at http:\/\/127.0.0.1:9292/ })).toBeChecked()
    expect(await code()).toContain('http://127.0.0.1:9292/v1/payments/hu20sqlact5260q2nanm0q8u93')
    await userEvent.click(within(choice).getByRole('radio', { name: /In a page of the playground/ }))
    await screen.findByText(/https:\/\/publicapi\.payments\.service\.gov\.uk\/v1\/payments\/hu20sqlact5260q2nanm0q8u93/)
    expect(await code()).not.toContain('127.0.0.1')
  })
})
