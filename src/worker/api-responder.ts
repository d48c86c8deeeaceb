// Answers requests to the real API's address inside the service worker, with msw's request
// handlers (`getResponse`) over the same IndexedDB database the pages use. The simulator starts on
// the first request after the worker (re)starts: everything it keeps is read from storage, so a
// worker the browser stopped while idle answers the next request with the same data and settings.
import { getResponse } from 'msw'
import { installFaultInjection } from '../simulator/http/fault-injection.ts'
import { apiHandlers } from '../simulator/http/handlers.ts'
import { frameworkError } from '../simulator/http/responses.ts'
import { noteRequestOrigin, type RequestOrigin } from '../simulator/services/api-exchanges.ts'
import { historyWritten, startRecordingHistory } from '../simulator/services/request-history.ts'
import { configureRuntime, NEWER_VERSION_MESSAGE, stopRuntime } from '../simulator/services/runtime.ts'
import { PlaygroundDatabase } from '../simulator/store/database.ts'
import { closeWhenReplaced, storedByNewerVersion } from '../simulator/store/open-database.ts'

let started: Promise<void> | undefined

function start(scope: string): Promise<void> {
  started ??= (async () => {
    const db = new PlaygroundDatabase()
    await db.open()
    if (storedByNewerVersion(db)) {
      // This worker is older than the data: its replacement answers once it takes over.
      db.close()
      throw new Error(NEWER_VERSION_MESSAGE)
    }
    configureRuntime(db, { frontendUrl: scope })
    // A newer version of the playground has opened the database: this worker lets go of it and
    // answers 503 until the new version's worker takes over (it does so as soon as it installs).
    closeWhenReplaced(db, () => stopRuntime(NEWER_VERSION_MESSAGE))
    installFaultInjection()
    // Every page's exchanges go to the request history the explorer shows.
    startRecordingHistory()
  })().catch((error: unknown) => {
    started = undefined
    throw error
  })
  return started
}

/**
 * Answers one request. `origin` says which page sent it, for the history;
 * `keepAlive` is given a promise the worker must live until (the history being written).
 */
export async function answerApiRequest(
  request: Request,
  scope: string,
  origin: Promise<RequestOrigin>,
  keepAlive: (until: Promise<unknown>) => void,
): Promise<Response> {
  try {
    await start(scope)
  } catch (error) {
    // No storage (a browser that refuses IndexedDB here, or a database of a newer version): the
    // request is answered here all the same, so that it never reaches the real service.
    console.error('The playground’s service worker could not open its storage', error)
    return frameworkError(503)
  }
  noteRequestOrigin(request, origin)
  const response = (await getResponse(apiHandlers, request)) ?? frameworkError(404)
  keepAlive(historyWritten())
  return response
}
