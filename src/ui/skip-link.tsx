// The GOV.UK skip link. With hash routing a plain `href="#main-content"` would change the route,
// so the click moves focus to the target itself and leaves the address alone. Like govuk-frontend's
// skip link, the target shows no focus ring: it is not a control.
import type { MouseEvent, ReactNode, RefObject } from 'react'
import { focusByScript } from './focus-by-script.ts'

export function SkipLink({ target, children }: { target: RefObject<HTMLElement | null>; children: ReactNode }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    if (!target.current) return
    focusByScript(target.current)
    target.current.scrollIntoView?.()
  }
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skip}>
      {children}
    </a>
  )
}
