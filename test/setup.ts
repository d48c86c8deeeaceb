// Test set-up: an in-memory IndexedDB before anything opens Dexie, govuk-frontend's support class,
// jest-dom's matchers (toBeInTheDocument, toHaveTextContent, toHaveAccessibleName…), and after every
// test a check that the API answered no error the operation registry does not describe. Test files
// share their worker's window (vite.config.ts: isolate false), so each file starts with the
// browser's storage empty, no language on the page and the address at its root.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll, expect } from 'vitest'
import { takeUnregisteredErrors } from '../src/simulator/http/registered-errors.ts'

document.body.classList.add('govuk-frontend-supported')

beforeAll(() => {
  localStorage.clear()
  sessionStorage.clear()
  document.documentElement.removeAttribute('lang')
  window.history.replaceState(null, '', '/')
})

afterEach(() => {
  cleanup()
  expect(takeUnregisteredErrors(), 'errors answered that the operation registry does not describe').toEqual([])
})
