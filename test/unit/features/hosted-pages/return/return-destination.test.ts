// Which return URLs the playground follows: only those on its own origin.
import { describe, expect, it } from 'vitest'
import { isOwnOrigin } from '../../../../../src/features/hosted-pages/return/return-destination.ts'

const HERE = 'http://127.0.0.1:4201/pay-playground/#/return/abc'

describe('isOwnOrigin', () => {
  it('follows a return URL on the same scheme, host and port', () => {
    expect(isOwnOrigin('http://127.0.0.1:4201/pay-playground/#/admin', HERE)).toBe(true)
    expect(isOwnOrigin('http://127.0.0.1:4201/another/page?x=1', HERE)).toBe(true)
  })

  it('does not follow one anywhere else', () => {
    expect(isOwnOrigin('https://your.service.gov.uk/completed', HERE)).toBe(false)
    expect(isOwnOrigin('http://127.0.0.1:4202/pay-playground/', HERE)).toBe(false)
    expect(isOwnOrigin('https://127.0.0.1:4201/pay-playground/', HERE)).toBe(false)
    expect(isOwnOrigin('not a url', HERE)).toBe(false)
  })
})
