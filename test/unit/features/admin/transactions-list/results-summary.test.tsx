import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { countText, FilterDescription, PageSizeChoice, pageSizeOptions } from '../../../../../src/features/admin/transactions-list/results-summary.tsx'
import { EMPTY_FILTERS, type FilterValues } from '../../../../../src/features/admin/transactions-list/transaction-filters.ts'

function renderInRouter(element: React.ReactNode) {
  return render(<RouterProvider router={createMemoryRouter([{ path: '*', element }])} />)
}

describe('the results line', () => {
  it('counts transactions, and stops counting after 5,000 as the real list does', () => {
    expect(countText(0)).toBe('0 transactions')
    expect(countText(1)).toBe('1 transaction')
    expect(countText(4321)).toBe('4,321 transactions')
    expect(countText(5000)).toBe('5,000 transactions')
    expect(countText(5001)).toBe('Over 5,000 transactions')
  })

  it('describes the dates, statuses and brands filtered on, as the real list does', () => {
    const values: FilterValues = {
      ...EMPTY_FILTERS,
      fromDate: '01/05/2026',
      toDate: '31/05/2026',
      state: ['Success', 'Declined', 'Refund success'],
      brand: ['visa', 'jcb'],
    }
    const { container } = render(<FilterDescription values={values} />)
    expect(container.textContent).toBe(
      ' from 01/05/2026 to 31/05/2026 with Success, Declined or Refund success states with ‘Visa or JCB’ card brands',
    )
    expect([...container.querySelectorAll('strong')].map((strong) => strong.textContent)).toEqual([
      '01/05/2026',
      '31/05/2026',
      'Success',
      'Declined',
      'Refund success',
      'Visa',
      'JCB',
    ])
  })

  it('offers the real page sizes for the number of results', () => {
    expect(pageSizeOptions(80).map((option) => option.text)).toEqual(['Show all'])
    expect(pageSizeOptions(250)).toEqual([
      { text: '100', size: 100 },
      { text: 'Show all', size: 500 },
    ])
    expect(pageSizeOptions(5001).map((option) => option.text)).toEqual(['100', '500'])
  })

  it('shows "Results per page" only when there is more than a page, with the current size not a link', () => {
    const { unmount } = renderInRouter(<PageSizeChoice values={EMPTY_FILTERS} total={80} pageSize={100} />)
    expect(screen.queryByText(/Results per page/)).toBeNull()
    unmount()
    renderInRouter(<PageSizeChoice values={{ ...EMPTY_FILTERS, reference: 'A' }} total={250} pageSize={100} />)
    expect(screen.getByText('100').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: /Show all/ }).getAttribute('href')).toBe('/admin/transactions?reference=A&pageSize=500')
  })
})
