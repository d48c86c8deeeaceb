// Wide content (a table with many columns) that scrolls sideways inside its own box on a narrow
// screen, so the page itself never does. The box is a named region that can take focus, so
// keyboard users can scroll it with the arrow keys and screen reader users hear what it holds:
// the accessible pattern for a scrolling area (tabindex="0", role="region", aria-label).
import type { ReactNode } from 'react'

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
