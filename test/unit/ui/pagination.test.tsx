import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { Pagination, paginationItems } from '../../../src/ui/pagination.tsx'

function renderPagination(currentPage: number, pageCount: number) {
  const router = createMemoryRouter([
    {
      path: '*',
      element: <Pagination currentPage={currentPage} pageCount={pageCount} pathFor={(page) => `/list?page=${page}`} landmarkLabel="Pages of results" />,
    },
  ])
  return render(<RouterProvider router={router} />)
}

describe('Pagination', () => {
  it('shows the first and last pages, the current one and its neighbours, with ellipses for two or more left out', () => {
    expect(paginationItems(1, 1)).toEqual([1])
    expect(paginationItems(1, 4)).toEqual([1, 2, 3, 4])
    expect(paginationItems(1, 5)).toEqual([1, 2, null, 5])
    expect(paginationItems(5, 10)).toEqual([1, null, 4, 5, 6, null, 10])
    expect(paginationItems(3, 10)).toEqual([1, 2, 3, 4, null, 10])
    expect(paginationItems(10, 10)).toEqual([1, null, 9, 10])
  })

  it('links each page, marks the current one, and offers Previous and Next where they exist', () => {
    renderPagination(2, 3)
    const nav = screen.getByRole('navigation', { name: 'Pages of results' })
    expect(within(nav).getByRole('link', { name: /^Previous ?page$/ }).getAttribute('href')).toBe('/list?page=1')
    expect(within(nav).getByRole('link', { name: /^Next ?page$/ }).getAttribute('href')).toBe('/list?page=3')
    expect(within(nav).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBeNull()
  })

  it('has no Previous on the first page, no Next on the last, and nothing for a single page', () => {
    const { unmount } = renderPagination(1, 2)
    expect(screen.queryByRole('link', { name: /^Previous ?page$/ })).toBeNull()
    expect(screen.getByRole('link', { name: /^Next ?page$/ })).toHaveAttribute('href', '/list?page=2')
    unmount()
    const last = renderPagination(2, 2)
    expect(screen.queryByRole('link', { name: /^Next ?page$/ })).toBeNull()
    last.unmount()
    renderPagination(1, 1)
    expect(screen.queryByRole('navigation')).toBeNull()
  })
})
