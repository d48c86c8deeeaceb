// The admin site's Yes/No question before a change (revoking a key, deactivating a webhook): no
// answer is an error linked to the radios; No goes back with nothing changed; Yes makes the change
// once and goes back with its banner; a change that fails says why and stays.
import { configure, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { FlashBanner, useFlash } from '../../../../src/features/admin/flash.tsx'
import { YesNoPage } from '../../../../src/features/admin/yes-no-page.tsx'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

function Back() {
  return (
    <>
      <FlashBanner message={useFlash()} />
      <h1 className="govuk-heading-l">Back where we were</h1>
    </>
  )
}

async function openQuestion(change: () => Promise<string>) {
  const view = renderApp('/question', {
    pages: [
      {
        path: 'question',
        element: (
          <YesNoPage
            title="Retire the widget"
            back="/back"
            idPrefix="retire-confirm"
            question="Are you sure you want to retire the widget?"
            hint="It stops at once."
            noAnswer="Confirm if you want to retire the widget"
            change={change}
            failed="The widget could not be retired"
          />
        ),
      },
      { path: 'back', Component: Back },
    ],
  })
  expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to retire the widget?' })).toBeVisible()
  return view
}

describe('a Yes/No question before a change', () => {
  it('asks for an answer, linking the error to the radios, and changes nothing', async () => {
    const change = vi.fn(async () => 'Retired')
    const { user } = await openQuestion(change)
    await waitFor(() => expect(document.title).toBe('Retire the widget – GOV.UK Pay Playground'))
    expect(screen.getByText('It stops at once.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'Confirm if you want to retire the widget' })).toHaveAttribute('href', '#retire-confirm')
    await waitFor(() => expect(document.title).toBe('Error: Retire the widget – GOV.UK Pay Playground'))
    expect(change).not.toHaveBeenCalled()
  })

  it('goes back unchanged on No', async () => {
    const change = vi.fn(async () => 'Retired')
    const { user } = await openQuestion(change)
    await user.click(screen.getByRole('radio', { name: 'No' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Back where we were' })).toBeVisible()
    expect(screen.queryByText('Retired')).toBeNull()
    expect(change).not.toHaveBeenCalled()
  })

  it('makes the change once on Yes and goes back with its banner', async () => {
    const change = vi.fn(async () => 'The widget was retired')
    const { user } = await openQuestion(change)
    await user.click(screen.getByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Back where we were' })).toBeVisible()
    expect(screen.getByText('The widget was retired')).toBeVisible()
    expect(change).toHaveBeenCalledTimes(1)
  })

  it('says why a change failed, and stays on the question', async () => {
    const { user } = await openQuestion(() => Promise.reject(new Error('the database is closed')))
    await user.click(screen.getByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'The widget could not be retired: the database is closed' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'Are you sure you want to retire the widget?' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled()
  })
})
