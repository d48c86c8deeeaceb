// The line above the results: how many transactions match and which filters made them, then the
// choice of how many results a page shows ("Results per page"), as the real list offers it.
import { Fragment, type ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { COUNT_LIMIT } from '../../../simulator/services/transactions.ts'
import { BRAND_OPTIONS } from './filter-form.tsx'
import { DEFAULT_PAGE_SIZE, filterParams, type FilterValues, MAX_PAGE_SIZE } from './transaction-filters.ts'

/** "1 transaction", "2,345 transactions", or past the counting limit "Over 5,000 transactions". */
export function countText(total: number): string {
  if (total > COUNT_LIMIT) return `Over ${COUNT_LIMIT.toLocaleString('en-GB')} transactions`
  return `${total.toLocaleString('en-GB')} ${total === 1 ? 'transaction' : 'transactions'}`
}

/** "A", "A or B", "A, B or C", each in bold. */
function boldList(items: readonly string[]): ReactNode {
  return items.map((item, index) => (
    <Fragment key={item}>
      {index === 0 ? '' : index === items.length - 1 ? ' or ' : ', '}
      <strong>{item}</strong>
    </Fragment>
  ))
}

export function FilterDescription({ values }: { values: FilterValues }) {
  const brandNames = values.brand.map((id) => BRAND_OPTIONS.find((option) => option.value === id)?.label ?? id)
  return (
    <>
      {values.fromDate !== '' && (
        <>
          {' '}
          from <strong>{values.fromDate}</strong>
        </>
      )}
      {values.toDate !== '' && (
        <>
          {' '}
          to <strong>{values.toDate}</strong>
        </>
      )}
      {values.state.length > 0 && (
        <>
          {' '}
          with {boldList(values.state)} {values.state.length === 1 ? 'state' : 'states'}
        </>
      )}
      {brandNames.length > 0 && (
        <>
          {' '}
          with ‘{boldList(brandNames)}’ card {brandNames.length === 1 ? 'brand' : 'brands'}
        </>
      )}
    </>
  )
}

interface SizeOption {
  text: string
  size: number
}

/** The page sizes on offer for `total` results, as the real paginator offers them. */
export function pageSizeOptions(total: number): SizeOption[] {
  if (total < DEFAULT_PAGE_SIZE) return [{ text: 'Show all', size: DEFAULT_PAGE_SIZE }]
  if (total < MAX_PAGE_SIZE) return [{ text: String(DEFAULT_PAGE_SIZE), size: DEFAULT_PAGE_SIZE }, { text: 'Show all', size: MAX_PAGE_SIZE }]
  return [
    { text: String(DEFAULT_PAGE_SIZE), size: DEFAULT_PAGE_SIZE },
    { text: String(MAX_PAGE_SIZE), size: MAX_PAGE_SIZE },
  ]
}

export function PageSizeChoice({ values, total, pageSize }: { values: FilterValues; total: number; pageSize: number }) {
  if (total <= DEFAULT_PAGE_SIZE && total <= pageSize) return null
  return (
    <nav className="app-page-size" aria-label="Results per page">
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        Results per page:{' '}
        {pageSizeOptions(total).map((option, index) => (
          <Fragment key={option.text}>
            {index > 0 && ' '}
            {option.size === pageSize ? (
              <strong className="app-page-size__current" aria-current="true">
                {option.text}
              </strong>
            ) : (
              <Link className="govuk-link govuk-link--no-visited-state" to={appPaths.transactions(filterParams(values, { pageSize: option.size }))}>
                {option.text}
                <span className="govuk-visually-hidden"> results per page</span>
              </Link>
            )}
          </Fragment>
        ))}
      </p>
    </nav>
  )
}
