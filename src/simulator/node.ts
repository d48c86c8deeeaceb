// The simulator for Node (tests): the same handlers served by msw/node over an in-memory IndexedDB.
import { setupServer } from 'msw/node'
import { apiHandlers } from './http/handlers.ts'

export const createTestServer = () => setupServer(...apiHandlers)
