// The settings GOV.UK Pay support switch on for a real account: each page says what it changes and
// that support set it, and saving it changes what the API (and the card page) do at once.
import { configure, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CardRefusedError } from '../../../../../src/simulator/services/hosted-session.ts'
import { followChange, goBack, openSettings, saveAndExpect, storedSettings, summaryValue } from '../../../../support/admin-settings.ts'
import { AGREEMENT_BODY } from '../../../../support/agreement-scenarios.ts'
import { authorise as authoriseMoto, motoCard } from '../../../../support/moto-scenarios.ts'
import { authorise, makePayment } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const PREPAID_CARD = '4000160000000004'
const SUPPORT_NOTE = 'On a real account, GOV.UK Pay support change this when your service asks them to'
const motoApiPayment = () => ({ ...validPayment({ return_url: undefined }), authorisation_mode: 'moto_api' })

describe('Recurring card payments', () => {
  it('is off until turned on here; then the API takes agreements it refused with P0942', async () => {
    const key = await newKey()
    const refused = await api('POST', '/v1/agreements', { key, body: AGREEMENT_BODY })
    expect(refused.status).toBe(422)
    expect(refused.json.code).toBe('P0942')

    const { user } = await openSettings()
    await followChange(user, 'recurring card payments')
    expect(screen.getByRole('heading', { level: 1, name: 'Recurring card payments' })).toBeVisible()
    const group = screen.getByRole('group', { name: 'Recurring card payments' })
    expect(group).toHaveAccessibleDescription(/set_up_agreement.*authorisation_mode: agreement.*error P0942/)
    expect(screen.getByText(SUPPORT_NOTE, { exact: false })).toBeVisible()
    expect(screen.getByRole('radio', { name: 'Off' })).toBeChecked()

    await user.click(screen.getByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Recurring card payments updated')
    await waitFor(() => expect(summaryValue('Recurring card payments')).toBe('On'))
    expect((await storedSettings()).recurringPayments).toBe(true)
    const created = await api('POST', '/v1/agreements', { key, body: AGREEMENT_BODY })
    expect(created.status).toBe(201)
  })

  it('turns off again, and the API refuses agreements once more', async () => {
    const key = await newKey()
    const { user } = await openSettings('/admin/settings/recurring-payments')
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Recurring card payments updated')
    await followChange(user, 'recurring card payments')
    expect(screen.getByRole('radio', { name: 'On' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Off' }))
    await saveAndExpect(user, 'Recurring card payments updated')
    expect((await storedSettings()).recurringPayments).toBe(false)
    expect((await api('POST', '/v1/agreements', { key, body: AGREEMENT_BODY })).json.code).toBe('P0942')
  })

  it('goes back to the settings by the back link without saving', async () => {
    const { user } = await openSettings('/admin/settings/recurring-payments')
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await goBack(user)
    expect(summaryValue('Recurring card payments')).toBe('Off')
    expect(screen.queryByText('Recurring card payments updated')).toBeNull()
    expect((await storedSettings()).recurringPayments).toBe(false)
  })
})

describe('Authorisation API', () => {
  it('lets the API create moto_api payments it refused with P0195', async () => {
    const key = await newKey()
    const refused = await api('POST', '/v1/payments', { key, body: motoApiPayment() })
    expect(refused.status).toBe(422)
    expect(refused.json.code).toBe('P0195')

    const { user } = await openSettings()
    await followChange(user, 'authorisation API')
    expect(screen.getByRole('heading', { level: 1, name: 'Authorisation API' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Authorisation API' })).toHaveAccessibleDescription(/moto_api.*POST \/v1\/auth.*error P0195/)
    expect(screen.getByText(SUPPORT_NOTE, { exact: false })).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Authorisation API updated')
    await waitFor(() => expect(summaryValue('Authorisation API')).toBe('On'))

    const created = await api('POST', '/v1/payments', { key, body: motoApiPayment() })
    expect(created.status).toBe(201)
    expect(created.json._links.auth_url_post.href).toMatch(/\/v1\/auth$/)
  })

  it('goes back without saving', async () => {
    const { user } = await openSettings('/admin/settings/authorisation-api')
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await goBack(user)
    expect(summaryValue('Authorisation API')).toBe('Off')
    expect((await storedSettings()).authorisationApi).toBe(false)
  })
})

describe('Block prepaid cards', () => {
  it('makes the card page and POST /v1/auth refuse the sandbox’s prepaid card', async () => {
    const key = await newKey()
    const { user } = await openSettings()
    await followChange(user, 'block prepaid cards')
    expect(screen.getByRole('heading', { level: 1, name: 'Block prepaid cards' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Block prepaid cards' })).toHaveAccessibleDescription(new RegExp(PREPAID_CARD))
    expect(screen.getByText(SUPPORT_NOTE, { exact: false })).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Block prepaid cards updated')
    await waitFor(() => expect(summaryValue('Block prepaid cards')).toBe('On'))
    expect((await storedSettings()).blockPrepaidCards).toBe(true)

    const onCardPage = await makePayment()
    await expect(authorise(onCardPage.id, { cardNumber: PREPAID_CARD })).rejects.toBeInstanceOf(CardRefusedError)

    await user.click(screen.getByRole('link', { name: 'Change authorisation API' }))
    await user.click(await screen.findByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Authorisation API updated')
    const created = await api('POST', '/v1/payments', { key, body: motoApiPayment() })
    const answer = await authoriseMoto(motoCard(created.json._links.auth_url_post.params.one_time_token, { card_number: PREPAID_CARD }))
    expect(answer.status).toBe(402)
    expect(answer.json.code).toBe('P0010')
  })

  it('takes a prepaid card while it is off', async () => {
    const payment = await makePayment()
    expect((await authorise(payment.id, { cardNumber: PREPAID_CARD })).status).toBe('AUTHORISATION SUCCESS')
  })
})
