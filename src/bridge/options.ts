// The bridge's command line: `npm run bridge [-- --port 9292] [--playground <address>]`.
import { DEFAULT_BRIDGE_PORT } from '../simulator/model/bridge-protocol.ts'

export interface BridgeOptions {
  port: number
  /** The playground's address (where `npm start` serves it by default); only its origin may connect. */
  playgroundUrl: string
}

export const DEFAULT_PLAYGROUND_URL = 'http://localhost:5173/'

export class OptionsError extends Error {}

const USAGE = 'Usage: npm run bridge -- [--port <1024-65535>] [--playground <the playground’s address, e.g. https://you.github.io/pay-playground/>]'

export function parseOptions(argv: readonly string[]): BridgeOptions {
  const options: BridgeOptions = { port: DEFAULT_BRIDGE_PORT, playgroundUrl: DEFAULT_PLAYGROUND_URL }
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = inline ?? argv[++index]
    if (name === '--port') {
      const port = Number(value)
      if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new OptionsError(`--port must be a whole number from 1024 to 65535, not ${String(value)}.\n${USAGE}`)
      options.port = port
    } else if (name === '--playground') {
      let url: URL
      try {
        url = new URL(value ?? '')
      } catch {
        throw new OptionsError(`--playground must be the playground’s full address, such as http://localhost:5173/, not ${String(value)}.\n${USAGE}`)
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OptionsError(`--playground must be an http or https address.\n${USAGE}`)
      url.hash = ''
      options.playgroundUrl = url.href
    } else if (name === '--help' || name === '-h') {
      throw new OptionsError(USAGE)
    } else {
      throw new OptionsError(`Unknown option ${name}.\n${USAGE}`)
    }
  }
  return options
}
