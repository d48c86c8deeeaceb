// The request builder as a user meets it: parameters, body and headers as fields, problems shown
// beside them, code that follows the form, sending, and following links in the response.
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Requests go through the real simulator, which takes longer than a second on a busy machine.
configure({ asyncUtilTimeout: 5_000 })

let key: string

beforeEach(async () => {
  localStorage.clear()
  sessionStorage.clear()
  key = await newKey('explorer test key')
  rememberKey(key, 'device')
})

/** Opens an endpoint's page and waits for the lazily loaded explorer and the remembered key. */
async function open(path: string) {
  const view = renderApp(path)
  await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
  return view
}

const curl = async () => {
  const region = await screen.findByRole('region', { name: 'curl code for this request' })
  return region.textContent ?? ''
}

// Whole journeys through the real simulator on a shared machine: more time than a unit test needs.
describe('the request builder', { timeout: 60_000 }, () => {
  it('prefills a valid example body, sends it, and shows the 201 with its meaning, headers and links', async () => {
    const { user } = await open('/explorer/create-payment')
    expect(screen.getByRole('heading', { level: 1, name: 'Create a payment' })).toBeVisible()
    const body = screen.getByLabelText('Request body (JSON)') as HTMLTextAreaElement
    expect(JSON.parse(body.value)).toMatchObject({ amount: 14500, reference: '12345', return_url: 'https://your.service.gov.uk/completed' })

    await user.click(screen.getByRole('button', { name: 'Send request' }))

    const status = await screen.findByText('Response: 201 Created')
    expect(status.getAttribute('role')).toBe('status')
    const response = screen.getByRole('region', { name: 'Response' })
    expect(within(response).getByText(/Created\. The payment starts as created\./)).toBeVisible()
    expect(within(response).getByRole('rowheader', { name: 'location' }).closest('tr')).toHaveTextContent(
      /^location\s*https:\/\/publicapi\.payments\.service\.gov\.uk\/v1\/payments\/[0-9a-v]{26}$/,
    )
    const shownBody = within(response).getByRole('region', { name: 'Response body' }).textContent ?? ''
    expect(JSON.parse(shownBody)).toMatchObject({ amount: 14500, state: { status: 'created', finished: false } })
    expect(within(response).getByRole('link', { name: /Open the payment page in a new tab/ }).getAttribute('target')).toBe('_blank')
  })

  it('shows problems beside the fields as you type, and still sends so the API’s own error can be seen', async () => {
    const { user } = await open('/explorer/create-payment')
    const body = (await screen.findByLabelText('Request body (JSON)')) as HTMLTextAreaElement
    await user.clear(body)
    await user.click(body)
    await user.paste('{"amount": 20000000, "reference": "12345", "description": "Tax", "return_url": "https://x.gov.uk/done"}')
    expect(await screen.findByText(/amount must be a whole number from 1 to 10000000/)).toBeVisible()
    expect(body).toHaveAccessibleDescription(expect.stringContaining('amount must be a whole number from 1 to 10000000'))
    expect(body.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/There is 1 problem with this request/)).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByText('Response: 422 Unprocessable Entity')).toBeVisible()
    const explanation = screen.getByRole('heading', { name: 'What P0102 means' }).parentElement!
    expect(within(explanation).getByText(/The problem is with/).textContent).toContain('amount')

    await user.clear(body)
    await user.paste('{"amount": 100, ')
    expect(await screen.findByText(/The body is not valid JSON/)).toBeVisible()
  })

  it('turns query parameters into the URL, checks them against their rules, and keeps the code in step', async () => {
    const { user } = await open('/explorer/search-payments')
    const reference = await screen.findByLabelText(/^reference/)
    await user.type(reference, 'ref 1&2')
    await user.selectOptions(screen.getByLabelText(/^state/), 'success')
    await user.type(screen.getByLabelText(/^display_size/), '600')
    expect(await screen.findByText('display_size must be a whole number from 1 to 500')).toBeVisible()
    expect(screen.getByLabelText(/^display_size/)).toHaveAccessibleDescription(expect.stringContaining('display_size must be a whole number from 1 to 500'))
    await waitFor(async () =>
      expect(await curl()).toContain(
        "--url 'https://publicapi.payments.service.gov.uk/v1/payments?reference=ref+1%262&state=success&display_size=600'",
      ),
    )
    expect(await curl()).toContain(`--header 'Authorization: Bearer ${key}'`)
  })

  it('sends extra headers and shows a header error beside its field', async () => {
    const { user } = await open('/explorer/create-payment')
    const value = await screen.findByLabelText('Header 1 value')
    expect((screen.getByLabelText('Header 1 name') as HTMLInputElement).value).toBe('Idempotency-Key')
    await user.type(value, 'not valid!')
    expect(await screen.findByText('Idempotency-Key can only contain letters, digits and hyphens')).toBeVisible()
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Idempotency-Key can only contain letters, digits and hyphens'))
    await waitFor(async () => expect(await curl()).toContain("--header 'Idempotency-Key: not valid!'"))
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByText('Response: 422 Unprocessable Entity')).toBeVisible()
    expect(screen.getByText(/The problem is with the/).textContent).toContain('Idempotency-Key')

    await user.click(screen.getByRole('button', { name: 'Add a header' }))
    await user.type(screen.getByLabelText('Header 2 name'), 'X-Trace')
    await user.type(screen.getByLabelText('Header 2 value'), 'abc')
    await waitFor(async () => expect(await curl()).toContain("--header 'X-Trace: abc'"))
    await user.click(screen.getByRole('button', { name: 'Remove header 2' }))
    await waitFor(async () => expect(await curl()).not.toContain('X-Trace'))
  })

  it('follows links: a payment’s self link fills "Get a payment", its refunds link offers a refund', async () => {
    const { user, router } = await open('/explorer/create-payment')
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByText('Response: 201 Created')
    const body = JSON.parse(screen.getByRole('region', { name: 'Response body' }).textContent ?? '{}')
    const paymentId: string = body.payment_id

    const links = () => within(screen.getByRole('table', { name: 'Links in the response' }))
    await user.click(links().getByRole('link', { name: /Or fill in “Submit a refund for a payment” from the refunds link/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Submit a refund for a payment' })).toBeVisible()
    expect((screen.getByLabelText(/^paymentId/) as HTMLInputElement).value).toBe(paymentId)

    router.navigate(-1)
    await screen.findByRole('heading', { level: 1, name: 'Create a payment' })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await screen.findByText('Response: 201 Created')
    await user.click(links().getByRole('link', { name: /^Fill in “Get a payment” from the self link/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Get a payment' })).toBeVisible()
    const id = (screen.getByLabelText(/^paymentId/) as HTMLInputElement).value
    expect(id).toMatch(/^[0-9a-v]{26}$/)
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByText('Response: 200 OK')).toBeVisible()
    expect(await curl()).toContain(`https://publicapi.payments.service.gov.uk/v1/payments/${id}`)
  })
})
