// Export and import from the page: the file downloaded is the playground's export, importing it
// brings the data back, and a foreign file is refused with the reason, changing nothing.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportPlaygroundJson } from '../../../../../src/simulator/services/export-import.ts'
import { resetPlayground } from '../../../../../src/simulator/services/reset.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

const sim = useSimulator()
let downloads: Blob[]

beforeEach(() => {
  downloads = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob)
    return `blob:test-${downloads.length}`
  })
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => vi.restoreAllMocks())

async function openTools() {
  const view = renderApp('/simulator')
  await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
  const section = screen.getByRole('region', { name: 'Export and import' })
  return { ...view, section }
}

describe('export', () => {
  it('downloads the playground as a pay-playground-export file and says what it holds', async () => {
    await newKey()
    await paymentIn('success')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { section, user } = await openTools()
    await user.click(within(section).getByRole('button', { name: 'Export everything' }))
    const banner = await within(section).findByRole('alert')
    expect(banner.textContent).toMatch(
      /^SuccessExported 1 service, 1 API key, 1 payment and 0 refunds to pay-playground-export-\d{4}-\d\d-\d\d-\d{4}\.json\.$/,
    )
    expect(click).toHaveBeenCalledTimes(1)
    const file = JSON.parse(await downloads[0]!.text())
    expect(file).toMatchObject({ format: 'pay-playground-export', version: 4, schemaVersion: 6 })
    expect(file.tables.payments).toHaveLength(1)
  })
})

describe('import', () => {
  it('replaces everything with the file’s contents, and its keys work again', async () => {
    const key = await newKey()
    await paymentIn('success')
    const { json } = await exportPlaygroundJson()
    await resetPlayground()
    const { section, user } = await openTools()
    await user.upload(within(section).getByLabelText('Upload an export file'), new File([json], 'training.json', { type: 'application/json' }))
    await user.click(within(section).getByRole('button', { name: 'Import and replace everything' }))
    // Checking and writing a whole export: longer than a moment on a busy machine.
    const banner = await within(section).findByRole('alert', {}, { timeout: 10_000 })
    expect(banner.textContent).toMatch(/Imported 1 service, 1 API key, 1 payment and 0 refunds from training\.json, exported on /)
    expect(await sim.db().payments.count()).toBe(1)
    expect((await api('GET', '/v1/payments', { key })).json.total).toBe(1)
  })

  it('refuses a foreign file with the reason, next to the field and in an error summary, changing nothing', async () => {
    await paymentIn('created')
    const { section, user } = await openTools()
    const foreign = JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { tables: [] } })
    await user.upload(within(section).getByLabelText('Upload an export file'), new File([foreign], 'other.json', { type: 'application/json' }))
    await user.click(within(section).getByRole('button', { name: 'Import and replace everything' }))
    const message = 'The file is not a playground export: it has no “format” field.'
    const summary = await within(section).findByRole('alert')
    await waitFor(() => expect(document.activeElement).toBe(summary.closest('.govuk-error-summary')))
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#import-file')
    expect(document.getElementById('import-file-error')?.textContent).toBe(`Error: ${message}`)
    expect(await sim.db().payments.count()).toBe(1)
  })

  it('asks for a file when none was chosen', async () => {
    const { section, user } = await openTools()
    await user.click(within(section).getByRole('button', { name: 'Import and replace everything' }))
    const summary = await within(section).findByRole('alert')
    await user.click(within(summary).getByRole('link', { name: 'Select an export file' }))
    expect(document.activeElement).toBe(within(section).getByLabelText('Upload an export file'))
  })
})
