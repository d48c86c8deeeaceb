// "Checking card details": shown in place of the form when authorising the card takes longer than
// a second, as the real pages' waiting page; then the confirm page as usual. A quick authorisation
// never shows it. Authorisation is slowed here by holding back the service's answer.
import { configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindPayment } from '../../../../../src/features/hosted-pages/browser-binding.ts'
import * as hostedSession from '../../../../../src/simulator/services/hosted-session.ts'
import { fillCardPage } from '../../../../support/card-form-filling.ts'
import { recordHeadings } from '../../../../support/heading-recorder.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { renderHosted } from '../../../../support/render-hosted.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

vi.mock('../../../../../src/simulator/services/hosted-session.ts', async (load) => {
  const actual = await load<typeof hostedSession>()
  return { ...actual, authorisePayment: vi.fn(actual.authorisePayment) }
})

useSimulator()
afterEach(() => localStorage.clear())
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5000 })

async function openAndFill(language: 'en' | 'cy' = 'en') {
  const payment = await makePayment({ language })
  bindPayment(payment.id)
  const view = renderHosted(`/card_details/${payment.id}`)
  await screen.findByRole('heading', { level: 1 })
  return { ...view, payment }
}

/** Makes the next authorisation wait until `answer()` is called. */
function holdNextAuthorisation(): { answer: () => void } {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  const real = vi.mocked(hostedSession.authorisePayment).getMockImplementation()!
  vi.mocked(hostedSession.authorisePayment).mockImplementationOnce(async (...args) => {
    await answered
    return real(...args)
  })
  return { answer: () => answer() }
}

describe('checking card details', () => {
  it('shows the waiting page once authorising takes more than a second, then the confirm page', async () => {
    const { user } = await openAndFill()
    await fillCardPage(user)
    const slow = holdNextAuthorisation()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Checking card details' }, { timeout: 3000 })
    expect(document.title).toBe('Your payment is being processed. – GOV.UK Pay Playground')
    expect(screen.getByText('Your payment details are being checked.')).toBeVisible()
    expect(screen.getByRole('img', { name: 'waiting' })).toBeVisible()
    expect(screen.queryByLabelText('Card number')).toBeNull()
    // Focus moves in an effect after the page is drawn, so it may land a moment after the heading shows.
    await waitFor(() => expect(document.activeElement).toBe(heading))
    slow.answer()
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  })

  it('is not shown when authorising takes less than a second', async () => {
    const { user } = await openAndFill()
    await fillCardPage(user)
    const slow = holdNextAuthorisation()
    const recorder = recordHeadings()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled()
    // Answered well inside the second, leaving the rest of it for a busy machine to finish the step.
    setTimeout(slow.answer, 200)
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    recorder.stop()
    expect(recorder.headings()).toEqual(['Enter card details', 'Confirm your payment'])
  })

  it('is in Welsh for a Welsh payment', async () => {
    const { user } = await openAndFill('cy')
    await fillCardPage(user, {}, 'cy')
    const slow = holdNextAuthorisation()
    await user.click(screen.getByRole('button', { name: 'Parhau' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Yn gwirio manylion y cerdyn' }, { timeout: 3000 })).toBeVisible()
    expect(screen.getByText('Mae eich manylion talu yn cael eu gwirio.')).toBeVisible()
    expect(screen.getByRole('img', { name: 'yn aros' })).toBeVisible()
    slow.answer()
    expect(await screen.findByRole('heading', { level: 1, name: 'Cadarnhau eich taliad' })).toBeVisible()
  })
})
