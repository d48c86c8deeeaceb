import { describe, expect, it } from 'vitest'
import { checkBrowserRequirements } from '../../../../src/app/boot/browser-requirements.ts'

describe('the browser requirements checked before the simulator starts', () => {
  it('pass where the Web Crypto API is available', () => {
    expect(() => checkBrowserRequirements({ crypto: globalThis.crypto, isSecureContext: true })).not.toThrow()
  })

  it('fail on a page that is not secure, saying why', () => {
    expect(() => checkBrowserRequirements({ crypto: {} as Crypto, isSecureContext: false })).toThrow(
      /not opened from an https:\/\/ address or from localhost/,
    )
  })

  it('fail where the browser has no Web Crypto API at all', () => {
    expect(() => checkBrowserRequirements({ isSecureContext: true })).toThrow(/crypto\.subtle/)
  })
})
