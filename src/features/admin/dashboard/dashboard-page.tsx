// The admin site's dashboard (`#/admin`): the current service's activity for a period chosen from
// "Today", "Yesterday", "Previous 7 days" and "Previous 30 days" (kept in the route's query as
// `period`), and links to what to do next.
import { type FormEvent, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import {
  DASHBOARD_PERIODS,
  DEFAULT_DASHBOARD_PERIOD,
  type DashboardPeriod,
  isDashboardPeriod,
} from '../../../simulator/rules/dashboard-periods.ts'
import { Button } from '../../../ui/button.tsx'
import { Select } from '../../../ui/select.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminLoading } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { DashboardTotalsError, DashboardTotalsView } from './dashboard-activity.tsx'
import { DashboardLinks } from './dashboard-links.tsx'
import { useDashboardTotals } from './use-dashboard-totals.ts'

const PERIOD_OPTIONS = DASHBOARD_PERIODS.map((period) => ({ value: period.id, text: period.label }))

function PeriodForm({ period }: { period: DashboardPeriod }) {
  const [chosen, setChosen] = useState<string>(period)
  const navigate = useNavigate()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(`${appPaths.admin()}?${new URLSearchParams({ period: chosen })}`)
  }
  return (
    <form className="app-dashboard-period" onSubmit={submit} noValidate>
      <Select
        id="period"
        label="Select a date range"
        labelHidden
        options={PERIOD_OPTIONS}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        formGroupClassName="app-dashboard-period__select"
      />
      <Button type="submit" variant="secondary" className="app-dashboard-period__button">
        Update
      </Button>
    </form>
  )
}

function Activity({ period }: { period: DashboardPeriod }) {
  const service = useCurrentService()
  const totals = useDashboardTotals(service.data?.id, period)
  if (service.isError || totals.isError) return <DashboardTotalsError />
  if (!totals.data) return <AdminLoading what="the totals" />
  return <DashboardTotalsView data={totals.data} />
}

export function DashboardPage() {
  const [params] = useSearchParams()
  const requested = params.get('period')
  const period = isDashboardPeriod(requested) ? requested : DEFAULT_DASHBOARD_PERIOD
  const service = useCurrentService()
  return (
    <AdminLayout>
      <title>{pageTitle(service.data ? `Dashboard – ${service.data.name}` : 'Dashboard')}</title>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <PeriodForm key={period} period={period} />
      <Activity period={period} />
      <DashboardLinks />
    </AdminLayout>
  )
}
