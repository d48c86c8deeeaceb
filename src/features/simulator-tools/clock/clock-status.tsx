// The simulated time now, ticking, and how far it is ahead of real time.
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { formatDateTime } from '../../../lib/dates.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { clockOffset } from '../../../simulator/services/clock.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { durationInWords } from './clock-words.ts'

function useTicking(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

export function useClockOffset() {
  return useQuery({ queryKey: queryKeys.simulatorClock, queryFn: clockOffset })
}

export function ClockStatus() {
  const offset = useClockOffset()
  const realNow = useTicking(1_000)
  if (offset.data === undefined) return null
  const ahead = offset.data
  return (
    <SummaryList
      rows={[
        { key: 'Simulated time', value: <span id="simulated-time">{formatDateTime(realNow + ahead)}</span> },
        {
          key: 'Compared with real time',
          value: <span id="clock-offset">{ahead < 30_000 ? 'The same as real time' : `${durationInWords(ahead)} ahead of real time`}</span>,
        },
      ]}
    />
  )
}
