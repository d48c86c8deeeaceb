// `npm run bridge`: the local bridge. curl, Postman and any back end on this machine call
// http://127.0.0.1:9292/v1/... and the open playground tab answers, with the browser's state.
import { pairingLink } from '../simulator/model/bridge-protocol.ts'
import { OptionsError, parseOptions } from './options.ts'
import { startRelayServer } from './relay-server.ts'

export async function main(argv: string[]): Promise<number> {
  let options
  try {
    options = parseOptions(argv)
  } catch (error) {
    if (error instanceof OptionsError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
  let server
  try {
    server = await startRelayServer({
      port: options.port,
      playgroundOrigin: new URL(options.playgroundUrl).origin,
      log: (line) => console.log(line),
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${options.port} is already in use. Choose another: npm run bridge -- --port 9393`)
      return 1
    }
    throw error
  }
  console.log(`GOV.UK Pay Playground bridge on ${server.url} (loopback only).`)
  console.log('')
  console.log('Open this link in the browser where you use the playground, and keep that tab open:')
  console.log(`  ${pairingLink(options.playgroundUrl, server.url, server.tab.pairing!)}`)
  console.log('')
  console.log(`Then call the API at ${server.url}, for example:`)
  console.log(`  curl ${server.url}/v1/payments -H "Authorization: Bearer $API_KEY"`)
  console.log('The link works once. Press Ctrl+C to stop.')
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  return 0
}
