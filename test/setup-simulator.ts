// Set-up for the simulator's tests, which run in plain Node: an in-memory IndexedDB before anything
// opens Dexie, and a check after every test that the API answered no error the operation registry
// does not describe.
import 'fake-indexeddb/auto'
import { afterEach, expect } from 'vitest'
import { takeUnregisteredErrors } from '../src/simulator/http/registered-errors.ts'

afterEach(() => {
  expect(takeUnregisteredErrors(), 'errors answered that the operation registry does not describe').toEqual([])
})
