import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { PartsList } from '../../../../src/features/start/parts-list.tsx'
import type { PlaygroundPart } from '../../../../src/lib/navigation.ts'

const start: PlaygroundPart = { label: 'Start', path: '/', summary: 'This page.', matchDescendants: false }
const explorer: PlaygroundPart = { label: 'API explorer', path: '/explorer', summary: 'Send requests.', matchDescendants: true }

function renderList(parts: PlaygroundPart[]) {
  const router = createMemoryRouter([{ path: '*', element: <PartsList parts={parts} /> }])
  return render(<RouterProvider router={router} />)
}

describe('the start page’s list of parts', () => {
  it('links to each other part with its summary, not to the start page itself', () => {
    renderList([start, explorer])
    expect(screen.getByRole('heading', { name: 'Parts of the playground' })).toBeVisible()
    const link = screen.getByRole('link', { name: 'API explorer' })
    expect(link).toHaveAttribute('href', '/explorer')
    expect(link.closest('li')).toHaveTextContent(/^API explorer\s*Send requests\.$/)
    expect(screen.queryByRole('link', { name: 'Start' })).toBeNull()
  })

  it('shows nothing at all when there is no other part', () => {
    const { container } = renderList([start])
    expect(container.textContent).toBe('')
  })
})
