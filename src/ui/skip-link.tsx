// The GOV.UK skip link. With hash routing a plain `href="#main-content"` would change the route,
// so the click moves focus to the target itself and leaves the address alone.
import type { MouseEvent, ReactNode, RefObject } from 'react'

export function SkipLink({ target, children }: { target: RefObject<HTMLElement | null>; children: ReactNode }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    target.current?.focus()
    target.current?.scrollIntoView?.()
  }
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skip}>
      {children}
    </a>
  )
}
