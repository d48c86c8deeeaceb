// Test set-up: an in-memory IndexedDB before anything opens Dexie, and govuk-frontend's support class.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

document.body.classList.add('govuk-frontend-supported')

afterEach(() => {
  cleanup()
})
