// The simulator's own msw handlers, behind one handler that first checks its playground is still
// the open one: a server left running with a closed playground's handlers fails loudly instead of
// answering from another playground's data.
import { getResponse, http, type HttpHandler } from 'msw'
import { apiHandlers } from '../simulator/http/handlers.ts'
import { API_BASE_URL } from '../simulator/model/api-base.ts'

// A pattern without capture groups, as the simulator's own handler has: msw would decode a path's
// parameters, and a malformed escape must reach the simulator's firewall, not throw here.
const API_ADDRESS = new RegExp(`^${API_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)

export function guardedHandlers(checkOpen: () => void): readonly HttpHandler[] {
  return Object.freeze([
    http.all(API_ADDRESS, async ({ request }) => {
      checkOpen()
      return getResponse(apiHandlers, request)
    }),
  ])
}
