// After a route change, move focus to the new page's main heading (or to <main> if it has none),
// so keyboard and screen reader users start at the new content, as on a full page load. The first
// render keeps focus where the browser put it, so the skip link stays the first thing to tab to.
// The heading is not a control, so it shows no focus ring (see focusByScript).
import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'
import { focusByScript } from '../../ui/focus-by-script.ts'

export function useRouteFocus(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation()
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname) return
    shown.current = pathname
    const target = main.current?.querySelector<HTMLElement>('h1') ?? main.current
    if (target) focusByScript(target)
  }, [pathname, main])
}
