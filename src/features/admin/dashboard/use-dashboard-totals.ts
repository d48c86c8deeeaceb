// The dashboard's totals for a period, read for the current service at the simulator clock's "now",
// with the period's bounds (for the explanation and the links to the transactions list).
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { type DashboardPeriod, type PeriodRange, periodRange } from '../../../simulator/rules/dashboard-periods.ts'
import { now } from '../../../simulator/services/clock.ts'
import { type DashboardTotals, dashboardTotals } from '../../../simulator/services/dashboard-totals.ts'

export interface PeriodTotals {
  range: PeriodRange
  totals: DashboardTotals
}

export async function loadPeriodTotals(serviceId: string, period: DashboardPeriod): Promise<PeriodTotals> {
  const range = periodRange(period, await now())
  return { range, totals: await dashboardTotals(serviceId, range.from, range.to) }
}

export function useDashboardTotals(serviceId: string | undefined, period: DashboardPeriod) {
  return useQuery({
    queryKey: queryKeys.dashboardTotals(serviceId ?? '', period),
    queryFn: () => loadPeriodTotals(serviceId ?? '', period),
    enabled: serviceId !== undefined,
  })
}
