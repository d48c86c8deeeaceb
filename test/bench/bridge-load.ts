// The local bridge under a steady load from a load tool (autocannon), side by side with Prism under
// the same load: the bridge in this process, paired with the bench's playground page, answering a
// GET of a stored payment; Prism answering the same GET from the OpenAPI document. The rate stays
// under the simulator's limit for reads (75 a second per service), so every answer is a 200.
import autocannon from 'autocannon'
import type { Page } from 'playwright-core'
import { startRelayServer } from '../../src/bridge/relay-server.ts'
import { pairingLink } from '../../src/simulator/model/bridge-protocol.ts'
import { freePort } from './site.ts'

export interface LoadResult {
  /** Milliseconds, one per answered request. */
  times: number[]
  /** Answers other than 200, and errors. */
  failures: number
}

export interface LoadSettings {
  seconds: number
  /** Requests a second, over all connections. */
  rate: number
  connections: number
}

function load(url: string, headers: Record<string, string>, settings: LoadSettings): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    let failures = 0
    const instance = autocannon(
      { url, headers, duration: settings.seconds, overallRate: settings.rate, connections: settings.connections },
      (error, result) => (error ? reject(error) : resolve({ times, failures: failures + result.errors + result.timeouts })),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) times.push(responseTime)
      else failures++
    })
  })
}

/** Pairs `page` (a page of the playground at `appUrl`) with a bridge, loads the bridge and Prism the same way. */
export async function bridgeAndPrismUnderLoad(
  page: Page,
  appUrl: string,
  prismUrl: string,
  key: string,
  paymentId: string,
  settings: LoadSettings,
): Promise<{ bridge: LoadResult; prism: LoadResult }> {
  const bridge = await startRelayServer({ port: await freePort(), playgroundOrigin: new URL(appUrl).origin })
  try {
    await page.goto(pairingLink(appUrl, bridge.url, bridge.tab.pairing!))
    const connected = Date.now()
    while (!bridge.tab.connected) {
      if (Date.now() - connected > 30_000) throw new Error('The bench page did not connect to the bridge')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const headers = { Authorization: `Bearer ${key}`, Accept: 'application/json' }
    const path = `/v1/payments/${paymentId}`
    // One request first: the page loads the handlers it answers the bridge with.
    await fetch(`${bridge.url}${path}`, { headers })
    const viaBridge = await load(`${bridge.url}${path}`, headers, settings)
    const viaPrism = await load(`${prismUrl}${path}`, { ...headers, Prefer: 'code=200' }, settings)
    return { bridge: viaBridge, prism: viaPrism }
  } finally {
    await bridge.close()
  }
}
