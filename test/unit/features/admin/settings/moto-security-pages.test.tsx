// MOTO security: hiding the card number and the security code on the card page of MOTO payments,
// in the real admin site's words, with each page saying whether the service takes MOTO payments.
import { configure, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ensureCurrentService, updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { loadCardPageFacts } from '../../../../../src/simulator/services/card-page-facts.ts'
import { followChange, goBack, openSettings, saveAndExpect, storedSettings, summaryValue } from '../../../../support/admin-settings.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
// Pages load lazily, as in the app; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

const PAGES = [
  {
    row: 'Hide card number',
    question: 'Hide card numbers from call centre agents',
    hint: 'If you hide the card number, call agents will not be able to read the numbers they enter on their screen.',
    setting: 'motoMaskCardNumber',
    fact: 'maskCardNumber',
  },
  {
    row: 'Hide card security code',
    question: 'Hide card security codes (CVV) from call centre agents',
    hint: 'If you hide the security codes, call agents will not be able to read the numbers entered on their screen.',
    setting: 'motoMaskSecurityCode',
    fact: 'maskSecurityCode',
  },
] as const

const motoOn = async () => updateService((await ensureCurrentService()).id, { settings: { moto: true } })

describe('the MOTO security pages', () => {
  it.each(PAGES)('$row: Hide is saved, shown on the settings page, and asked of the card page of MOTO payments only', async (page) => {
    await motoOn()
    const { user } = await openSettings()
    expect(summaryValue(page.row)).toBe('Show')
    await followChange(user, page.row)
    expect(screen.getByRole('heading', { level: 1, name: page.question })).toBeVisible()
    const group = screen.getByRole('group', { name: page.question })
    expect(group).toHaveAccessibleDescription(expect.stringContaining(page.hint))
    expect(screen.getByText('MOTO payments are on for this service', { exact: false })).toBeVisible()
    expect(screen.getByRole('radio', { name: 'Show' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Hide' }))
    await saveAndExpect(user, `${page.row} updated`)
    await waitFor(() => expect(summaryValue(page.row)).toBe('Hide'))
    expect((await storedSettings())[page.setting]).toBe(true)

    const moto = await makePayment({ moto: true })
    const notMoto = await makePayment()
    expect((await loadCardPageFacts(moto.id))[page.fact]).toBe(true)
    expect((await loadCardPageFacts(notMoto.id))[page.fact]).toBe(false)
  })

  it.each(PAGES)('$row: says it changes nothing while MOTO payments are off, with a link to turn them on', async (page) => {
    const { user } = await openSettings()
    await followChange(user, page.row)
    expect(screen.getByText('MOTO payments are off for this service', { exact: false })).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'Allow MOTO payments through the API' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Allow MOTO payments through the API' })).toBeVisible()
  })

  it('shows Show again once changed back, and the back link saves nothing', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { moto: true, motoMaskSecurityCode: true } })
    const { user } = await openSettings('/admin/settings/hide-card-security-code')
    expect(screen.getByRole('radio', { name: 'Hide' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Show' }))
    await goBack(user)
    expect(summaryValue('Hide card security code')).toBe('Hide')
    await followChange(user, 'Hide card security code')
    await user.click(screen.getByRole('radio', { name: 'Show' }))
    await saveAndExpect(user, 'Hide card security code updated')
    await waitFor(() => expect(summaryValue('Hide card security code')).toBe('Show'))
    expect((await storedSettings()).motoMaskSecurityCode).toBe(false)
  })
})
