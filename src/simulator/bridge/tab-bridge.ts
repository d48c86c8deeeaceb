// This tab's connection to the local bridge: made from a pairing link, kept across a reload of the
// tab (the bridge's session token is kept for the tab, in sessionStorage), and answered with the
// simulator's handlers in this page.
import { reportBridgeStatus, type BridgeConnector } from '../services/bridge.ts'
import { connectTab, type TabConnection, type TabCredential } from './tab-client.ts'

const SESSION_KEY = 'pay-playground.bridge'

interface KeptSession {
  bridgeUrl: string
  session: string
}

function keptSession(): KeptSession | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as KeptSession | null
    return kept && typeof kept.bridgeUrl === 'string' && typeof kept.session === 'string' ? kept : undefined
  } catch {
    return undefined
  }
}

export function createTabBridge(): BridgeConnector & { resume(): void } {
  let connection: TabConnection | undefined
  // The handlers load only once a bridge is used: they are not part of the page's first script.
  const answer = async (request: Request, bridgeUrl: string) => (await import('../in-page-answering.ts')).answerApiInThisPage()(request, { bridgeUrl })

  const open = (bridgeUrl: string, credential: TabCredential) => {
    connection?.disconnect()
    reportBridgeStatus({ kind: 'connecting', bridgeUrl })
    connection = connectTab(bridgeUrl, credential, answer, {
      onConnected: (url, session) => {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify({ bridgeUrl: url, session } satisfies KeptSession))
        reportBridgeStatus({ kind: 'connected', bridgeUrl: url, inThisTab: true })
      },
      onClosed: ({ replaced, refused }) => {
        connection = undefined
        // A connection lost as the tab reloads keeps its session token, to come back with.
        if (replaced || refused) sessionStorage.removeItem(SESSION_KEY)
        if (replaced) reportBridgeStatus({ kind: 'off' })
        else if (refused) {
          reportBridgeStatus({
            kind: 'failed',
            bridgeUrl,
            message: `The bridge at ${bridgeUrl} did not accept this tab: is it running, and is this the link it printed last? Each link works once; restarting the bridge prints a new one.`,
          })
        } else reportBridgeStatus({ kind: 'failed', bridgeUrl, message: `The bridge at ${bridgeUrl} stopped or the connection was lost.` })
      },
    })
  }

  return {
    connect: (bridgeUrl, pair) => open(bridgeUrl, { pair }),
    postWebhook: (outgoing) => connection?.postWebhook(outgoing),
    disconnect: () => {
      connection?.disconnect()
      connection = undefined
      sessionStorage.removeItem(SESSION_KEY)
      reportBridgeStatus({ kind: 'off' })
    },
    resume: () => {
      const kept = keptSession()
      if (kept) open(kept.bridgeUrl, { session: kept.session })
    },
  }
}
