// focusByScript: focus on something that is not a control, made focusable and marked to show no
// focus ring only while it has focus, as govuk-frontend's setFocus does.
import { afterEach, describe, expect, it } from 'vitest'
import { FOCUSED_BY_SCRIPT_CLASS, focusByScript } from '../../../src/ui/focus-by-script.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

function add(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html)
  return document.body.lastElementChild as HTMLElement
}

describe('focusByScript', () => {
  it('focuses a heading, with tabindex="-1" and the quiet focus class until it loses focus', () => {
    const heading = add('<h1>Dashboard</h1>')
    const next = add('<button>Next</button>')
    focusByScript(heading)
    expect(document.activeElement).toBe(heading)
    expect(heading.getAttribute('tabindex')).toBe('-1')
    expect(heading.classList.contains(FOCUSED_BY_SCRIPT_CLASS)).toBe(true)
    next.focus()
    expect(heading.hasAttribute('tabindex')).toBe(false)
    expect(heading.classList.contains(FOCUSED_BY_SCRIPT_CLASS)).toBe(false)
  })

  it('keeps a tabindex the element already had', () => {
    const main = add('<main tabindex="-1"><p>Content</p></main>')
    focusByScript(main)
    main.blur()
    expect(main.getAttribute('tabindex')).toBe('-1')
    expect(main.classList.contains(FOCUSED_BY_SCRIPT_CLASS)).toBe(false)
  })
})
