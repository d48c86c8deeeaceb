// The corporate card fee pages: a fee typed in pounds and pence, stored in pence, shown on the
// settings page; bad input gets a specific error linked from the summary, keeps what was typed and
// saves nothing.
import { configure, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ensureCurrentService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { followChange, goBack, openSettings, saveAndExpect, storedSettings, summaryValue } from '../../../../support/admin-settings.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const FEES = [
  ['Corporate credit card fee', 'corporateCreditCardSurcharge', 'corporate credit card'],
  ['Corporate debit card fee', 'corporateDebitCardSurcharge', 'corporate debit card'],
  ['Corporate prepaid debit card fee', 'corporatePrepaidDebitCardSurcharge', 'corporate prepaid debit card'],
] as const

describe('the corporate card fee pages', () => {
  it.each(FEES)('%s: sets the fee in pounds and pence, stored in pence, and shows it on the settings page', async (label, setting, card) => {
    const { user } = await openSettings()
    await followChange(user, label.toLowerCase())
    const field = screen.getByRole('textbox', { name: label })
    expect(screen.getByRole('heading', { level: 1, name: label })).toBeVisible()
    expect(field).toHaveValue('0.00')
    expect(field).toHaveAccessibleDescription(`Added to the amount when a user pays with a ${card}. In pounds and pence, for example 2.50; 0 for no fee.`)
    expect(screen.getByText('On a real account, GOV.UK Pay support change this', { exact: false })).toBeVisible()
    await user.clear(field)
    await user.type(field, '2.5')
    await saveAndExpect(user, `${label} updated`)
    await waitFor(() => expect(summaryValue(label)).toBe('£2.50'))
    const settings = await storedSettings()
    expect(settings[setting]).toBe(250)
    // The other fees are left as they were.
    expect(FEES.filter(([, other]) => other !== setting).map(([, other]) => settings[other])).toEqual([0, 0])
  })

  it('shows the stored fee to change, and 0 removes it', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { corporateDebitCardSurcharge: 1999 } })
    const { user } = await openSettings()
    expect(summaryValue('Corporate debit card fee')).toBe('£19.99')
    await followChange(user, 'corporate debit card fee')
    const field = screen.getByRole('textbox', { name: 'Corporate debit card fee' })
    expect(field).toHaveValue('19.99')
    await user.clear(field)
    await user.type(field, '0')
    await saveAndExpect(user, 'Corporate debit card fee updated')
    await waitFor(() => expect(summaryValue('Corporate debit card fee')).toBe('None'))
    expect((await storedSettings()).corporateDebitCardSurcharge).toBe(0)
  })

  it.each([
    ['', 'Enter a fee for paying with a corporate credit card, or 0 for no fee'],
    ['2.505', 'Enter a fee in pounds and pence, like 2.50'],
    ['two pounds', 'Enter a fee in pounds and pence, like 2.50'],
    ['-1', 'A fee cannot be less than 0. Enter 0 for no fee'],
    ['1000.01', 'A fee must be £1,000.00 or less'],
  ])('refuses %j with "%s", keeping what was typed and saving nothing', async (typed, message) => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { corporateCreditCardSurcharge: 125 } })
    const { user } = await openSettings('/admin/settings/corporate-credit-card-fee')
    const field = screen.getByRole('textbox', { name: 'Corporate credit card fee' })
    await user.clear(field)
    if (typed) await user.type(field, typed)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const link = await screen.findByRole('link', { name: message })
    expect(link).toHaveAttribute('href', '#corporate-credit-card-fee')
    expect(field).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveValue(typed)
    expect(document.title).toMatch(/^Error: Corporate credit card fee/)
    await user.click(link)
    expect(field).toHaveFocus()
    expect((await storedSettings()).corporateCreditCardSurcharge).toBe(125)
  })

  it('takes the largest fee, £1,000.00, written with a £ sign and a comma', async () => {
    const { user } = await openSettings('/admin/settings/corporate-prepaid-debit-card-fee')
    const field = screen.getByRole('textbox', { name: 'Corporate prepaid debit card fee' })
    await user.clear(field)
    await user.type(field, '£1,000')
    await saveAndExpect(user, 'Corporate prepaid debit card fee updated')
    expect((await storedSettings()).corporatePrepaidDebitCardSurcharge).toBe(100_000)
  })

  it('goes back to the settings by the back link without saving', async () => {
    const { user } = await openSettings('/admin/settings/corporate-credit-card-fee')
    const field = screen.getByRole('textbox', { name: 'Corporate credit card fee' })
    await user.clear(field)
    await user.type(field, '9.99')
    await goBack(user)
    expect(summaryValue('Corporate credit card fee')).toBe('None')
    expect((await storedSettings()).corporateCreditCardSurcharge).toBe(0)
  })
})
