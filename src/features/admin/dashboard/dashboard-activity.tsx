// The dashboard's activity for a period: successful payments, successful refunds and net income,
// each linking to the transactions list filtered to match, as the real dashboard shows them.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatPence } from '../../../lib/money.ts'
import { formatPeriodInstant, periodFilterParams, type PeriodRange } from '../../../simulator/rules/dashboard-periods.ts'
import { Details } from '../../../ui/details.tsx'
import type { PeriodTotals } from './use-dashboard-totals.ts'

/** The transactions list for the period, showing the given statuses. */
export function periodTransactionsPath(range: PeriodRange, states: readonly string[]): string {
  const params = new URLSearchParams()
  for (const state of states) params.append('state', state)
  for (const [name, value] of Object.entries(periodFilterParams(range))) params.set(name, value)
  return appPaths.transactions(params)
}

interface TotalGroupProps {
  title: string
  to: string
  colour?: 'blue' | 'red'
  count?: number
  amount: number
  children?: ReactNode
}

function TotalGroup({ title, to, colour, count, amount, children }: TotalGroupProps) {
  const values = colour ? `app-dashboard-total__values app-dashboard-total__values--${colour}` : 'app-dashboard-total__values'
  return (
    <article className="govuk-grid-column-one-third app-dashboard-total">
      <h2 className="govuk-heading-m app-dashboard-total__title">
        <Link className="govuk-link govuk-link--no-visited-state" to={to}>
          {title}
        </Link>
      </h2>
      <dl className={values}>
        {count !== undefined && (
          <>
            <dt className="govuk-visually-hidden">Count</dt>
            <dd className="app-dashboard-total__count">{count.toLocaleString('en-GB')}</dd>
          </>
        )}
        <dt className="govuk-visually-hidden">Amount</dt>
        <dd className="app-dashboard-total__amount">{formatPence(amount)}</dd>
      </dl>
      {children}
    </article>
  )
}

export function DashboardTotalsView({ data }: { data: PeriodTotals }) {
  const { range, totals } = data
  const start = formatPeriodInstant(range.from)
  const end = formatPeriodInstant(range.to - 1)
  return (
    <div className="govuk-grid-row">
      <TotalGroup
        title="Successful payments"
        to={periodTransactionsPath(range, ['Success'])}
        colour="blue"
        count={totals.successfulPayments.count}
        amount={totals.successfulPayments.amount}
      />
      <TotalGroup
        title="Successful refunds"
        to={periodTransactionsPath(range, ['Refund success'])}
        colour="red"
        count={totals.successfulRefunds.count}
        amount={totals.successfulRefunds.amount}
      />
      <TotalGroup title="Net income" to={periodTransactionsPath(range, ['Success', 'Refund success'])} amount={totals.netIncome}>
        <Details summary="How these numbers are calculated">
          Net income was calculated by subtracting the successful refunds from the successful payments for {start} to {end}
        </Details>
      </TotalGroup>
    </div>
  )
}

export function DashboardTotalsError() {
  return (
    <div className="govuk-grid-row">
      <article className="govuk-grid-column-one-half app-dashboard-total">
        <h2 className="govuk-heading-m app-dashboard-total__title">Error fetching totals</h2>
        <div className="app-dashboard-total__values app-dashboard-total__values--red">
          <p className="govuk-body govuk-!-margin-0">Transaction activity data cannot be retrieved at this time.</p>
        </div>
      </article>
    </div>
  )
}
