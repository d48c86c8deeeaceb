import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ensureCurrentService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { followChange, openSettings, storedSettings, summaryValue } from '../../../../support/admin-settings.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

describe('the settings page', () => {
  it('shows a new service’s settings, as the real service sets up a test account', async () => {
    await openSettings()
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    expect(summaryValue('Service name')).toBe('My test service')
    expect(summaryValue('Ask users for their email address')).toBe('On')
    expect(summaryValue('Ask users for their billing address')).toBe('On')
    const cards = summaryValue('Card types')
    expect(cards).toContain('Visa debit')
    expect(cards).toContain('American Express')
    expect(cards).not.toContain('Maestro')
    expect(summaryValue('Use delayed capture for test payments made from the admin site')).toBe('Off')
    expect(summaryValue('Allow MOTO payments through the API')).toBe('Off')
    const nav = screen.getByRole('navigation', { name: 'Admin site' })
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page')
  })

  it('groups what GOV.UK Pay support set on a real account under a heading that says so, and shows MOTO security', async () => {
    await openSettings()
    const setByPay = screen.getByRole('heading', { level: 2, name: 'Set by GOV.UK Pay on a real account' })
    expect(setByPay.nextElementSibling).toHaveTextContent('A service team cannot change these in the real admin site')
    expect(summaryValue('Recurring card payments')).toBe('Off')
    expect(summaryValue('Authorisation API')).toBe('Off')
    expect(summaryValue('Block prepaid cards')).toBe('Off')
    expect(summaryValue('Corporate credit card fee')).toBe('None')
    expect(summaryValue('Corporate debit card fee')).toBe('None')
    expect(summaryValue('Corporate prepaid debit card fee')).toBe('None')
    expect(screen.getByRole('heading', { level: 2, name: 'MOTO security' })).toBeVisible()
    expect(screen.getByText('These apply only to MOTO payments', { exact: false })).toBeVisible()
    expect(summaryValue('Hide card number')).toBe('Show')
    expect(summaryValue('Hide card security code')).toBe('Show')
    for (const [what, page] of [
      ['recurring card payments', 'recurring-payments'],
      ['authorisation API', 'authorisation-api'],
      ['block prepaid cards', 'block-prepaid-cards'],
      ['corporate credit card fee', 'corporate-credit-card-fee'],
      ['corporate debit card fee', 'corporate-debit-card-fee'],
      ['corporate prepaid debit card fee', 'corporate-prepaid-debit-card-fee'],
      ['Hide card number', 'hide-card-number'],
      ['Hide card security code', 'hide-card-security-code'],
    ]) {
      expect(screen.getByRole('link', { name: `Change ${what}` })).toHaveAttribute('href', `/admin/settings/${page}`)
    }
  })

  it('shows those settings as stored', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, {
      settings: {
        moto: true,
        recurringPayments: true,
        authorisationApi: true,
        blockPrepaidCards: true,
        corporateCreditCardSurcharge: 250,
        corporateDebitCardSurcharge: 5,
        corporatePrepaidDebitCardSurcharge: 100_000,
        motoMaskCardNumber: true,
        motoMaskSecurityCode: true,
      },
    })
    await openSettings()
    expect(summaryValue('Recurring card payments')).toBe('On')
    expect(summaryValue('Authorisation API')).toBe('On')
    expect(summaryValue('Block prepaid cards')).toBe('On')
    expect(summaryValue('Corporate credit card fee')).toBe('£2.50')
    expect(summaryValue('Corporate debit card fee')).toBe('£0.05')
    expect(summaryValue('Corporate prepaid debit card fee')).toBe('£1,000.00')
    expect(summaryValue('Hide card number')).toBe('Hide')
    expect(summaryValue('Hide card security code')).toBe('Hide')
    expect(screen.queryByText('These apply only to MOTO payments', { exact: false })).toBeNull()
  })

  it('changes the service name at once, and says so', async () => {
    const { user } = await openSettings()
    await followChange(user, 'service name')
    const field = screen.getByLabelText('Service name')
    expect(field).toHaveAccessibleDescription('This is what your users will see when making a payment.')
    await user.clear(field)
    await user.type(field, 'Pay your parking fine')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('Service name updated')).toBeVisible()
    await waitFor(() => expect(summaryValue('Service name')).toBe('Pay your parking fine'))
    expect((await ensureCurrentService()).name).toBe('Pay your parking fine')
  })

  it.each([
    ['', 'Service name is required'],
    ['Fish & <chips>', 'You cannot use any of the following characters < > | in the service name'],
    ['x'.repeat(51), 'Service name must be 50 characters or fewer'],
  ])('refuses the service name %j with "%s"', async (name, message) => {
    const { user } = await openSettings('/admin/settings/service-name')
    const field = screen.getByLabelText('Service name')
    await user.clear(field)
    if (name) await user.type(field, name)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const link = await screen.findByRole('link', { name: message })
    expect(link.getAttribute('href')).toBe('#service-name')
    expect(field.getAttribute('aria-describedby')).toContain('service-name-error')
    expect((await ensureCurrentService()).name).toBe('My test service')
  })

  it('sets the email collection mode with the real radio labels', async () => {
    const { user } = await openSettings()
    await followChange(user, 'ask users for their email address')
    expect(screen.getByRole('radio', { name: 'On – as a mandatory field' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('radio', { name: 'On – as an optional field' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Email collection updated')
    await waitFor(() => expect(summaryValue('Ask users for their email address')).toBe('On - as an optional field'))
    expect((await storedSettings()).emailCollectionMode).toBe('OPTIONAL')
    await user.click(screen.getByRole('link', { name: 'Change ask users for their email address' }))
    await user.click(await screen.findByRole('radio', { name: 'Off' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Email collection updated')
    expect((await storedSettings()).emailCollectionMode).toBe('OFF')
  })

  it('turns billing address collection off', async () => {
    const { user } = await openSettings('/admin/settings/billing-address')
    await user.click(screen.getByRole('radio', { name: 'Off' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Billing address collection updated')
    expect((await storedSettings()).collectBillingAddress).toBe(false)
  })

  it('offers every card type but Maestro, and needs at least one', async () => {
    const { user } = await openSettings('/admin/settings/card-types')
    const debit = screen.getByRole('group', { name: 'Debit cards' })
    const credit = screen.getByRole('group', { name: 'Credit cards' })
    const maestro = within(debit).getByRole('checkbox', { name: 'Maestro' })
    expect(maestro).toHaveProperty('disabled', true)
    expect(maestro).toHaveProperty('checked', false)
    expect(maestro).toHaveAccessibleDescription('Maestro is not available on sandbox test accounts')
    expect(within(credit).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toHaveLength(7)

    for (const box of [...within(debit).getAllByRole('checkbox'), ...within(credit).getAllByRole('checkbox')]) {
      if ((box as HTMLInputElement).checked) await user.click(box)
    }
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const link = await screen.findByRole('link', { name: 'You must choose at least one card' })
    expect(link.getAttribute('href')).toBe('#debit-cards')
    expect((await storedSettings()).acceptedCardTypes).toHaveLength(9)

    await user.click(within(credit).getByRole('checkbox', { name: 'Visa credit' }))
    await user.click(within(debit).getByRole('checkbox', { name: 'Visa debit' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Card types updated')
    expect((await storedSettings()).acceptedCardTypes).toEqual([
      { brand: 'visa', type: 'DEBIT' },
      { brand: 'visa', type: 'CREDIT' },
    ])
    await waitFor(() => expect(summaryValue('Card types')).toBe('Visa debitVisa credit'))
  })

  it('explains that delayed capture is for admin-site test payments, and API payments choose per request', async () => {
    const { user } = await openSettings('/admin/settings/delayed-capture')
    expect(screen.getByRole('heading', { level: 1, name: 'Use delayed capture for test payments made from the admin site' })).toBeVisible()
    expect(screen.getByText('delayed_capture')).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Delayed capture updated')
    expect((await storedSettings()).delayedCapture).toBe(true)
  })

  it('lets MOTO payments through the API only once MOTO is on', async () => {
    const key = await newKey()
    const refused = await api('POST', '/v1/payments', { key, body: validPayment({ moto: true }) })
    expect(refused.status).toBe(422)
    expect(refused.json.code).toBe('P0196')

    const { user } = await openSettings()
    await followChange(user, 'MOTO payments')
    expect(screen.getByText('P0196', { exact: false })).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('MOTO payments updated')
    await waitFor(() => expect(summaryValue('Allow MOTO payments through the API')).toBe('On'))

    const accepted = await api('POST', '/v1/payments', { key, body: validPayment({ moto: true }) })
    expect(accepted.status).toBe(201)
    expect(accepted.json.moto).toBe(true)
  })
  it('adds, changes and removes the Welsh service name, with the real labels and checks', async () => {
    const { user } = await openSettings()
    expect(summaryValue('Welsh service name')).toBe('Add Welsh service name')
    await user.click(screen.getByRole('link', { name: 'Add Welsh service name' }))
    const field = await screen.findByLabelText('Welsh service name (Cymraeg)')
    expect(screen.getByRole('heading', { level: 1, name: 'Welsh service name (Cymraeg)' })).toBeVisible()
    expect(field).toHaveAttribute('lang', 'cy')
    expect(field).toHaveAccessibleDescription('This is what your users will see when making a payment.')
    expect(screen.queryByRole('button', { name: 'Remove Welsh service name' })).toBeNull()
    await user.type(field, 'Talu <treth>')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'You cannot use any of the following characters < > | in the service name' })).toBeVisible()
    await user.clear(field)
    await user.type(field, 'Gwasanaeth Prawf')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('Welsh service name updated')).toBeVisible()
    await waitFor(() => expect(summaryValue('Welsh service name')).toBe('Gwasanaeth Prawf'))
    expect((await storedSettings()).welshName).toBe('Gwasanaeth Prawf')
    expect((await ensureCurrentService()).name).toBe('My test service')

    await followChange(user, 'Welsh service name')
    await user.click(screen.getByRole('button', { name: 'Remove Welsh service name' }))
    expect(await screen.findByText('Welsh service name removed')).toBeVisible()
    await waitFor(() => expect(summaryValue('Welsh service name')).toBe('Add Welsh service name'))
    expect((await storedSettings()).welshName).toBe('')
  })

  it('turns on going straight back to the service, naming the real flag', async () => {
    const { user } = await openSettings()
    const question = 'Send users straight back to your service when a payment has finished'
    expect(summaryValue(question)).toBe('Off')
    await followChange(user, 'sending users straight back to your service')
    expect(screen.getByRole('heading', { level: 1, name: question })).toBeVisible()
    expect(screen.getByText('redirect_to_service_immediately_on_terminal_state')).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Payment pages updated')
    await waitFor(() => expect(summaryValue(question)).toBe('On'))
    expect((await storedSettings()).redirectToServiceImmediatelyOnTerminalState).toBe(true)
  })
})
