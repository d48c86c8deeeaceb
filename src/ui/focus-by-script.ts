// Moves focus to something that is not a control — a page's main heading after a route change,
// <main> from the skip link — the way govuk-frontend's setFocus does for its skip link target: made
// focusable with tabindex="-1" for as long as it has focus, and marked so it shows no focus ring
// (the user cannot act on it; screen readers still start reading there). Both go on blur.

/** The class that hides the focus ring of an element focused by script (styles/_app.scss). */
export const FOCUSED_BY_SCRIPT_CLASS = 'app-focused-by-script'

export function focusByScript(element: HTMLElement): void {
  const hadTabIndex = element.hasAttribute('tabindex')
  if (!hadTabIndex) element.setAttribute('tabindex', '-1')
  element.classList.add(FOCUSED_BY_SCRIPT_CLASS)
  element.addEventListener(
    'blur',
    () => {
      element.classList.remove(FOCUSED_BY_SCRIPT_CLASS)
      if (!hadTabIndex) element.removeAttribute('tabindex')
    },
    { once: true },
  )
  element.focus()
}
