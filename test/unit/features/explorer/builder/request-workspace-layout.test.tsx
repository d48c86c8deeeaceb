// The request builder reads in the order a person works: the form's fields, then Send request, then
// the response, then the code for the request and the share link. Tab order follows the same path.
import { configure, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberKey } from '../../../../../src/features/explorer/credentials/remembered-keys.ts'
import { renderApp } from '../../../../support/render-app.tsx'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

beforeEach(async () => {
  localStorage.clear()
  sessionStorage.clear()
  rememberKey(await newKey('layout test key'), 'device')
})

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'

/** The keyboard's path through the main content: every focusable element in document order. */
function tabStops(): Element[] {
  return [...document.querySelectorAll('main *')].filter((element) => element.matches(FOCUSABLE) && !element.closest('[hidden]'))
}

const before = (first: Element, second: Element): boolean => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING)

describe('the request builder’s layout', { timeout: 60_000 }, () => {
  it('puts Send request straight after the last field, before the response, the code and the share link', async () => {
    renderApp('/explorer/create-payment')
    await screen.findByText(/Sending with/, {}, { timeout: 10_000 })
    const send = screen.getByRole('button', { name: 'Send request' })
    const stops = tabStops()
    const addHeader = screen.getByRole('button', { name: 'Add a header' })
    expect(stops[stops.indexOf(addHeader) + 1]).toBe(send)

    const response = screen.getByRole('heading', { level: 2, name: 'Response' })
    const code = screen.getByRole('heading', { level: 2, name: 'Code for this request' })
    const share = screen.getByRole('heading', { level: 2, name: 'Share this request' })
    expect(before(screen.getByLabelText('Request body (JSON)'), send)).toBe(true)
    expect(before(send, response)).toBe(true)
    expect(before(response, code)).toBe(true)
    expect(before(code, share)).toBe(true)
    expect(before(send, screen.getByLabelText('Language'))).toBe(true)
  })
})
