// The bridge's command line: a port and the playground's address, or a clear message.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PLAYGROUND_URL, OptionsError, parseOptions } from '../../../src/bridge/options.ts'

describe('the bridge’s options', () => {
  it('default to port 9292 and the development server’s address', () => {
    expect(parseOptions([])).toEqual({ port: 9292, playgroundUrl: DEFAULT_PLAYGROUND_URL })
  })

  it('take --port and --playground, with or without "="', () => {
    expect(parseOptions(['--port', '9393', '--playground=https://you.github.io/pay-playground/#/x'])).toEqual({
      port: 9393,
      playgroundUrl: 'https://you.github.io/pay-playground/',
    })
  })

  it('refuse a port, an address or an option they cannot use, saying how to call the bridge', () => {
    for (const argv of [['--port', '80'], ['--port', 'abc'], ['--playground', 'not a url'], ['--playground', 'ftp://x/'], ['--verbose']]) {
      expect(() => parseOptions(argv)).toThrow(OptionsError)
      expect(() => parseOptions(argv)).toThrow(/Usage: npm run bridge/)
    }
  })
})
