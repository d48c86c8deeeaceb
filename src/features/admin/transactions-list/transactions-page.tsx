// The transactions list (`#/admin/transactions`): the filters, how many transactions match, the CSV
// download, and the matching payments and refunds a page at a time. Everything the list shows
// comes from the route's query string, so a filtered list can be shared and reloaded.
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { COUNT_LIMIT, searchTransactions } from '../../../simulator/services/transactions.ts'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Pagination } from '../../../ui/pagination.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { CsvDownload } from './csv-download.tsx'
import { FilterForm } from './filter-form.tsx'
import { countText, FilterDescription, PageSizeChoice } from './results-summary.tsx'
import { filterParams, type ParsedFilters, parseFilters } from './transaction-filters.ts'
import { TransactionsTable } from './transactions-table.tsx'

function useTransactionsPage(filters: ParsedFilters) {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const serviceId = service.data?.id ?? ''
  const search = filterParams(filters.values, { page: filters.page, pageSize: filters.pageSize }).toString()
  const { query } = filters
  return useQuery({
    queryKey: queryKeys.transactions(serviceId, search),
    queryFn: () => searchTransactions(serviceId, query ?? {}, { page: filters.page, pageSize: filters.pageSize }),
    enabled: serviceId !== '' && query !== undefined,
  })
}

function Results({ filters }: { filters: ParsedFilters }) {
  const result = useTransactionsPage(filters)
  if (result.isError) {
    return (
      <p className="govuk-body" role="alert">
        The transactions could not be read: {describeError(result.error)}
      </p>
    )
  }
  if (!result.data) {
    return (
      <p className="govuk-body" role="status">
        Loading transactions…
      </p>
    )
  }
  const { total, rows, hasNextPage } = result.data
  const { values, page, pageSize, query } = filters
  // Past the counting limit the last page is not known: the pages run as far as the next one.
  const pageCount = total > COUNT_LIMIT ? (hasNextPage ? page + 1 : page) : Math.max(1, Math.ceil(total / pageSize))
  const pathFor = (target: number) => appPaths.transactions(filterParams(values, { page: target, pageSize }))
  return (
    <>
      <PageSizeChoice values={values} total={total} pageSize={pageSize} />
      <h2 className="govuk-heading-s govuk-!-font-weight-regular govuk-!-margin-top-3" id="total-results" aria-live="polite">
        {countText(total)}
        <FilterDescription values={values} />
      </h2>
      {total > 0 &&
        query !== undefined &&
        (total > COUNT_LIMIT && !filters.hasFilters ? (
          <p className="govuk-body" id="csv-download">
            Filter results to download a CSV of transactions
          </p>
        ) : (
          <CsvDownload query={query} />
        ))}
      {rows.length > 0 ? (
        <>
          <Pagination currentPage={page} pageCount={pageCount} pathFor={pathFor} landmarkLabel="Pages of transactions, above the list" />
          <TransactionsTable rows={rows} />
          <Pagination currentPage={page} pageCount={pageCount} pathFor={pathFor} landmarkLabel="Pages of transactions, below the list" />
        </>
      ) : total > 0 ? (
        <p className="govuk-body" id="no-results">
          There are no transactions on this page.{' '}
          <Link className="govuk-link" to={pathFor(1)}>
            Go to the first page
          </Link>
        </p>
      ) : (
        <p className="govuk-body" id="no-results">
          There are no results for the filters you used.
        </p>
      )}
    </>
  )
}

export function TransactionsPage() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseFilters(params)
  return (
    <AdminLayout>
      <title>{pageTitle(filters.errors.length > 0 ? 'Error: Transactions' : 'Transactions')}</title>
      <ErrorSummary errors={filters.errors} />
      <h1 className="govuk-heading-l">Transactions</h1>
      <FilterForm
        key={params.toString()}
        initial={filters.values}
        errors={filters.errors}
        showClear={filters.hasFilters}
        onFilter={(values) => navigate(appPaths.transactions(filterParams(values, { pageSize: filters.pageSize })))}
      />
      {filters.errors.length === 0 && <Results filters={filters} />}
    </AdminLayout>
  )
}
