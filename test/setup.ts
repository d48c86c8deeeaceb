// Test set-up: an in-memory IndexedDB before anything opens Dexie, govuk-frontend's support class,
// jest-dom's matchers (toBeInTheDocument, toHaveTextContent, toHaveAccessibleName…), and after every
// test a check that the API answered no error the operation registry does not describe.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, expect } from 'vitest'
import { takeUnregisteredErrors } from '../src/simulator/http/registered-errors.ts'

document.body.classList.add('govuk-frontend-supported')

afterEach(() => {
  cleanup()
  expect(takeUnregisteredErrors(), 'errors answered that the operation registry does not describe').toEqual([])
})
