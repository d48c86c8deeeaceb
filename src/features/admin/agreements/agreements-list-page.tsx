// #/admin/agreements — the current service's agreements, newest first, 20 a page, filtered by
// status and (part of the) reference as the real admin site filters them. A service with recurring
// payments off is told so, and still sees any agreements it made before they were turned off.
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { accountFeatures } from '../../../simulator/model/account-features.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { ADMIN_AGREEMENTS_PAGE_SIZE, listAgreements } from '../../../simulator/services/agreement-admin.ts'
import type { AgreementPage } from '../../../simulator/services/agreement-search.ts'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Pagination } from '../../../ui/pagination.tsx'
import { AdminLoading } from '../admin-states.tsx'
import { agreementParams, type ParsedAgreementFilters, parseAgreementFilters } from './agreement-filters.ts'
import { AgreementFilterForm } from './agreement-filter-form.tsx'
import { agreementPaths } from './agreement-paths.ts'
import { AgreementsTable } from './agreements-table.tsx'
import { NoAgreementsYet, RecurringPaymentsOff } from './agreements-notices.tsx'

/** "Showing 21 to 40 of 45 agreements". */
export function showingText(page: number, shown: number, total: number): string {
  const first = (page - 1) * ADMIN_AGREEMENTS_PAGE_SIZE + 1
  return `Showing ${first.toLocaleString('en-GB')} to ${(first + shown - 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} agreements`
}

function Results({ parsed, result }: { parsed: ParsedAgreementFilters; result: AgreementPage }) {
  const { values, page, hasFilters } = parsed
  const { total, results } = result
  if (total === 0) {
    return hasFilters ? (
      <p className="govuk-body" id="results-empty">
        There are no results for the filters you used.
      </p>
    ) : (
      <NoAgreementsYet />
    )
  }
  const pathFor = (target: number) => agreementPaths.index(agreementParams(values, target))
  if (results.length === 0) {
    return (
      <p className="govuk-body" id="results-empty">
        There are no agreements on this page.{' '}
        <Link className="govuk-link" to={pathFor(1)}>
          Go to the first page
        </Link>
      </p>
    )
  }
  const pageCount = Math.ceil(total / ADMIN_AGREEMENTS_PAGE_SIZE)
  const showing = showingText(page, results.length, total)
  return (
    <>
      <p className="govuk-body-s" id="pagination-detail" aria-live="polite">
        {showing}
      </p>
      <Pagination currentPage={page} pageCount={pageCount} pathFor={pathFor} landmarkLabel="Pages of agreements, above the list" />
      <AgreementsTable agreements={results} />
      <Pagination currentPage={page} pageCount={pageCount} pathFor={pathFor} landmarkLabel="Pages of agreements, below the list" />
    </>
  )
}

export function AgreementsListPage({ service }: { service: ServiceRecord }) {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const parsed = parseAgreementFilters(params)
  const { filters, page } = parsed
  const search = agreementParams(parsed.values, page).toString()
  const result = useQuery({
    queryKey: queryKeys.agreements(service.id, search),
    queryFn: () => listAgreements(service.id, filters ?? {}, page),
    enabled: filters !== undefined,
  })
  const recurring = accountFeatures(service.settings).recurringPayments
  // With recurring payments off, the list is shown only if the service made agreements before.
  const showList = recurring || parsed.hasFilters || (result.data?.total ?? 0) > 0
  const errors = parsed.referenceError ? [{ text: parsed.referenceError, fieldId: 'reference' }] : []
  return (
    <>
      <title>{pageTitle(errors.length > 0 ? 'Error: Agreements' : 'Agreements')}</title>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Agreements</h1>
      {recurring ? null : <RecurringPaymentsOff serviceName={service.name} />}
      {result.isError ? (
        <p className="govuk-body" role="alert">
          The agreements could not be read: {describeError(result.error)}
        </p>
      ) : null}
      {filters !== undefined && result.isPending ? <AdminLoading what="the agreements" /> : null}
      {showList && (result.data || filters === undefined) ? (
        <>
          <AgreementFilterForm
            key={params.toString()}
            initial={parsed.values}
            referenceError={parsed.referenceError}
            showClear={parsed.hasFilters}
            onSearch={(values) => void navigate(agreementPaths.index(agreementParams(values)))}
          />
          <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
          {result.data ? <Results parsed={parsed} result={result.data} /> : null}
        </>
      ) : null}
    </>
  )
}
