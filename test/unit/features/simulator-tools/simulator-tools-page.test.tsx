// The simulator tools page as a whole: reachable from the navigation, titled, one section per tool.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

useSimulator()

describe('the simulator tools page', () => {
  it('is in the service navigation and opens from it', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    const nav = screen.getAllByRole('navigation').find((element) => within(element).queryByRole('link', { name: 'Simulator tools' }))
    expect(nav).toBeVisible()
    await user.click(within(nav!).getByRole('link', { name: 'Simulator tools' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })).toBeVisible()
  })

  it('has a title and a section for each tool, in order', async () => {
    renderApp('/simulator')
    await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
    await waitFor(() => expect(document.title).toBe('Simulator tools – GOV.UK Pay Playground'))
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Clock', 'Fault injection', 'Demo data', 'Disputes', 'Export and import', 'Reset']),
    )
    const sections = ['Clock', 'Fault injection', 'Demo data', 'Disputes', 'Export and import', 'Reset'].map((name) => screen.getByRole('region', { name }))
    for (let i = 1; i < sections.length; i++) {
      expect(sections[i - 1]!.compareDocumentPosition(sections[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    }
  })

  it('shows only the latest action’s result, so an earlier one cannot mislead', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test')
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = renderApp('/simulator')
    await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Export everything' }))
    expect(await screen.findByText(/^Exported 1 service/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Reset the playground' }))
    await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }))
    expect(await screen.findByText(/^The playground has been reset/)).toBeVisible()
    expect(screen.queryByText(/^Exported 1 service/)).toBeNull()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    vi.restoreAllMocks()
  })
})
