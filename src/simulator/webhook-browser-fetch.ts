// Sending a webhook message with the browser's own fetch, when no local bridge is connected. A
// page can only read the answer of an endpoint that allows cross-origin requests from the
// playground's origin (the real service sends from its servers, where that does not apply); when
// the browser refuses, the failure is recorded with its reason, found by a second, harmless
// request that shows whether anything answers at that address at all.
import { DELIVERY_TIMEOUT_MS, type DeliveryAnswer, type OutgoingWebhook } from './model/webhook-delivery-rules.ts'

const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError'

/** Whether anything answers at `url`: a HEAD the page may send but not read ("no-cors"), so no preflight. */
async function answersAtAll(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) })
    return true
  } catch {
    return false
  }
}

/** Why the browser's fetch failed, in a sentence for the attempt's "Result". */
export async function explainFetchFailure(url: string, error: unknown, origin = globalThis.location?.origin ?? 'the playground'): Promise<string> {
  const said = error instanceof Error ? error.message : String(error)
  if (await answersAtAll(url)) {
    return (
      `The browser refused the request (${said}): ${new URL(url).origin} answers, but does not allow cross-origin requests from ${origin}. ` +
      `To take messages from the playground's page it must answer the browser's OPTIONS request with Access-Control-Allow-Origin: ${origin} ` +
      'and Access-Control-Allow-Headers: content-type, pay-signature, and its answer to the POST with Access-Control-Allow-Origin as well. ' +
      'The real service sends from its servers, where none of this applies: connect the local bridge to send from your machine instead.'
    )
  }
  return `The browser could not connect to ${url} (${said}): nothing answered at that address, or its certificate is not trusted.`
}

export async function sendWithBrowserFetch(outgoing: OutgoingWebhook): Promise<DeliveryAnswer> {
  try {
    const response = await fetch(outgoing.url, {
      method: 'POST',
      headers: outgoing.headers,
      body: outgoing.body,
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
    return { kind: 'answered', status: response.status }
  } catch (error) {
    if (isTimeout(error)) return { kind: 'timeout' }
    return { kind: 'error', message: await explainFetchFailure(outgoing.url, error) }
  }
}
