// The result of the latest action on the simulator tools page, shown as a success banner in the
// section that did it. Only the latest is shown: after an import, the banner of an earlier reset
// would be out of date. The banner takes focus when it appears, so the result is announced.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'

interface LatestOutcome {
  latest: string | undefined
  claim: (section: string) => void
}

const LatestOutcomeContext = createContext<LatestOutcome | undefined>(undefined)

export function OutcomeProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<string>()
  const value = useMemo(() => ({ latest, claim: setLatest }), [latest])
  return <LatestOutcomeContext value={value}>{children}</LatestOutcomeContext>
}

/** A section's outcome message: `show(text)` makes it the page's latest; `show(undefined)` clears it. */
export function useOutcome(section: string) {
  const context = useContext(LatestOutcomeContext)
  const [outcome, setOutcome] = useState<{ text: string; count: number }>()
  const banner = useRef<HTMLDivElement>(null)
  const visible = outcome && (context === undefined || context.latest === section) ? outcome : undefined
  const claim = context?.claim
  const visibleCount = visible?.count
  useEffect(() => {
    if (visibleCount !== undefined) banner.current?.focus()
  }, [visibleCount])
  const show = useCallback(
    (text: string | undefined) => {
      setOutcome((previous) => (text === undefined ? undefined : { text, count: (previous?.count ?? 0) + 1 }))
      if (text !== undefined) claim?.(section)
    },
    [claim, section],
  )
  return { message: visible?.text, show, banner }
}
