// The page's requests to the API's address, held until something here answers them: the service
// worker once it controls the page, or the page itself where the worker cannot run. Until then a
// request would leave for the real service, so the app renders at once but no API request of this
// page (the explorer's, or code typed in the browser's console) goes anywhere before that.
import { API_BASE_URL } from './model/api-base.ts'

const API_ORIGIN = new URL(API_BASE_URL).origin

/** Answers a request in the page; undefined while the service worker answers instead. */
export type InPageAnswer = ((request: Request) => Promise<Response>) | undefined

function addressOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input
  return input instanceof URL ? input.href : input.url
}

function isApiAddress(address: string): boolean {
  try {
    return new URL(address, globalThis.location?.href).origin === API_ORIGIN
  } catch {
    return false
  }
}

export function holdApiRequests(answering: Promise<InPageAnswer>, scope: { fetch: typeof fetch } = globalThis): void {
  const networkFetch = scope.fetch.bind(scope)
  scope.fetch = async (input, init) => {
    if (!isApiAddress(addressOf(input))) return networkFetch(input, init)
    const answerInPage = await answering
    return answerInPage ? answerInPage(new Request(input, init)) : networkFetch(input, init)
  }
}
