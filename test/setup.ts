// Test set-up: an in-memory IndexedDB before anything opens Dexie, govuk-frontend's support class,
// and jest-dom's matchers (toBeInTheDocument, toHaveTextContent, toHaveAccessibleName…).
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

document.body.classList.add('govuk-frontend-supported')

afterEach(() => {
  cleanup()
})
