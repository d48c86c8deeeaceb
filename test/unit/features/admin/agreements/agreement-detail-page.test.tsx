// An agreement's page (#/admin/agreements/:agreementId) in the whole app, for each status an
// agreement can have; cancelling it after the real admin site's question, which does what the API's
// cancel does; and an id that is not one of the service's agreements.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createAgreement } from '../../../../../src/simulator/services/agreements.ts'
import { createService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { newAgreement, recurringOn, setUp, storedAgreement, takeWithAgreement } from '../../../../support/agreement-scenarios.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })

/** The rows of a summary list, as [key, value] texts. */
const summary = (id: string) =>
  [...(document.getElementById(id)?.querySelectorAll('.govuk-summary-list__row') ?? [])].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ])

const paymentRows = () =>
  within(screen.getByRole('table', { name: 'Transactions' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))

async function openAgreement(id: string) {
  const view = renderApp(`/admin/agreements/${id}`)
  expect(await screen.findByRole('heading', { level: 1, name: 'Agreement detail' })).toBeVisible()
  return view
}

/** An agreement made through the API and set up with Ada Lovelace's card. */
async function activeAgreement(cardNumber = '4000056655665556') {
  await recurringOn()
  const key = await newKey()
  const id = await newAgreement(key)
  const setUpPayment = await setUp(id, { cardNumber, cardholderName: 'Ada Lovelace' })
  return { key, id, setUpPayment }
}

describe('an agreement’s page', { timeout: 60_000 }, () => {
  it('shows a created agreement: its details, no card yet, no payments and no way to cancel it', async () => {
    await recurringOn()
    const id = await storedAgreement('CT-22-23-0001', 'user-1')
    await openAgreement(id)
    expect(summary('agreement-detail')).toEqual([
      ['ID', id],
      ['Reference', 'CT-22-23-0001'],
      ['Status', 'Created'],
      ['Description', 'Council tax by monthly instalments'],
      ['User identifier', 'user-1'],
      ['Date created', expect.stringMatching(/^\d{2} \w{3} \d{4} — \d{2}:\d{2}:\d{2}$/)],
    ])
    expect(screen.getByText(/waiting to be set up/)).toBeVisible()
    expect(screen.getByText('No payment instrument set for this agreement.')).toBeVisible()
    expect(screen.getByText('No transactions found for this agreement.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Cancel this agreement' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Back to agreements' })).toHaveAttribute('href', '/admin/agreements')
    await waitFor(() => expect(document.title).toBe(`Agreement details ${id} – GOV.UK Pay Playground`))
  })

  it('shows an active agreement’s card and its set-up payment, and offers to cancel it', async () => {
    const { id, setUpPayment } = await activeAgreement()
    await openAgreement(id)
    expect(summary('agreement-detail')).toContainEqual(['Status', 'Active'])
    expect(summary('payment-instrument-list')).toEqual([
      ['Type', 'Card'],
      ['Card brand', 'Visa'],
      ['Name on card', 'Ada Lovelace'],
      ['Card number', '••••5556'],
      ['Card expiry date', '03/30'],
      ['Card type', 'Debit'],
    ])
    expect(paymentRows()).toEqual([['REF-1', 'Success', '£10.00', expect.stringMatching(/ — /)]])
    expect(screen.getByRole('link', { name: 'REF-1' })).toHaveAttribute('href', `/admin/transactions/${setUpPayment.id}`)
    expect(screen.getByRole('link', { name: 'Search this agreement’s payments in the API explorer' })).toHaveAttribute(
      'href',
      `/explorer/search-payments?query.agreement_id=${id}`,
    )
    expect(screen.getByRole('button', { name: 'Cancel this agreement' })).toHaveAttribute('href', `/admin/agreements/${id}/cancel`)
  })

  it('shows an agreement made inactive by a declined payment, with both payments, and no way to cancel it', async () => {
    const { key, id } = await activeAgreement('5105105105105100')
    await takeWithAgreement(key, id)
    await openAgreement(id)
    expect(summary('agreement-detail')).toContainEqual(['Status', 'Inactive'])
    expect(screen.getByText(/was declined and cannot be retried/)).toBeVisible()
    expect(paymentRows().map((row) => row.slice(1, 3))).toEqual([
      ['Declined', '£145.00'],
      ['Success', '£10.00'],
    ])
    expect(screen.queryByRole('button', { name: 'Cancel this agreement' })).toBeNull()
  })

  it('cancels an active agreement only after Yes, as the API’s cancel does, then shows it cancelled', async () => {
    const { key, id } = await activeAgreement()
    const { user } = await openAgreement(id)
    await user.click(screen.getByRole('button', { name: 'Cancel this agreement' }))
    const question = 'Are you sure you want to cancel the agreement for Ada Lovelace?'
    expect(await screen.findByRole('group', { name: question })).toBeVisible()
    await waitFor(() => expect(document.title).toBe('Cancel agreement for Ada Lovelace – GOV.UK Pay Playground'))
    expect(screen.getByText('The agreement will be cancelled immediately')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: "Select either 'Yes' or 'No'" })).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'No' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByRole('heading', { level: 1, name: 'Agreement detail' })
    expect(summary('agreement-detail')).toContainEqual(['Status', 'Active'])
    expect((await api('GET', `/v1/agreements/${id}`, { key })).json.status).toBe('active')

    await user.click(screen.getByRole('button', { name: 'Cancel this agreement' }))
    await user.click(await screen.findByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Agreement cancelled')
    await waitFor(() => expect(summary('agreement-detail')).toContainEqual(['Status', 'Cancelled']))
    expect(summary('agreement-detail').map(([label]) => label)).toContain('Cancelled date')
    expect(screen.getByText(/has been cancelled, so payments with it are refused/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Cancel this agreement' })).toBeNull()

    const read = await api('GET', `/v1/agreements/${id}`, { key })
    expect(read.json.status).toBe('cancelled')
    expect(read.json.payment_instrument).toBeDefined()
    const again = await api('POST', `/v1/agreements/${id}/cancel`, { key })
    expect([again.status, again.json.code]).toEqual([400, 'P2501'])
  })

  it('says an agreement that is not active cannot be cancelled, on its cancel page', async () => {
    await recurringOn()
    const id = await storedAgreement('NEVER-SET-UP')
    renderApp(`/admin/agreements/${id}/cancel`)
    expect(await screen.findByRole('heading', { level: 1, name: 'This agreement cannot be cancelled' })).toBeVisible()
    expect(screen.getByText('Only an active agreement can be cancelled. This agreement’s status is Created.')).toBeVisible()
    expect(screen.queryByRole('radio', { name: 'Yes' })).toBeNull()
  })

  it('says an unknown agreement, or another service’s, is not found and links to the list', async () => {
    await recurringOn()
    const other = await createService('Another service')
    await updateService(other.id, { settings: { recurringPayments: true } })
    const elsewhere = (await createAgreement(other.id, { reference: 'THEIRS', description: 'Not ours' })).agreement.id
    for (const id of ['no-such-agreement', elsewhere]) {
      const view = renderApp(`/admin/agreements/${id}`)
      expect(await screen.findByRole('heading', { level: 1, name: 'Agreement not found' })).toBeVisible()
      expect(screen.getByText(id)).toBeVisible()
      expect(screen.getByRole('link', { name: 'agreements list' })).toHaveAttribute('href', '/admin/agreements')
      await waitFor(() => expect(document.title).toBe('Agreement not found – GOV.UK Pay Playground'))
      view.unmount()
    }
  })
})
