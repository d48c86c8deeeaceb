// Moves focus to the page's main heading when what the page shows changes without a full page
// load: a new address, or a new page at the same address because the payment moved on. The first
// page shown keeps focus where the browser put it; `null` means nothing is settled yet (loading).
import { useEffect, useRef } from 'react'
import { focusByScript } from '../../ui/focus-by-script.ts'

export function focusMainHeading(): void {
  const target = document.querySelector<HTMLElement>('#main-content h1') ?? document.getElementById('main-content')
  if (target) focusByScript(target)
}

/** `quietly`: take note of the new key without moving focus (a redirect, which the user did not ask for). */
export function useFocusHeadingOnChange(key: string | null, quietly = false): void {
  const shown = useRef(key)
  useEffect(() => {
    if (key === null) return
    const first = shown.current === null
    if (shown.current === key) return
    shown.current = key
    if (!first && !quietly) focusMainHeading()
  }, [key, quietly])
}
