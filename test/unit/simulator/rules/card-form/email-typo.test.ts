// The email typo suggestion: mailcheck with the real pages' own domain lists.
import { describe, expect, it } from 'vitest'
import { suggestEmail } from '../../../../../src/simulator/rules/card-form/email-typo.ts'

describe('suggestEmail', () => {
  it.each([
    ['jo@gmial.com', 'jo', 'gmail.com'],
    ['jo@gmail.con', 'jo', 'gmail.com'],
    ['jo@hotmial.co.uk', 'jo', 'hotmail.co.uk'],
    ['a.b@outlok.com', 'a.b', 'outlook.com'],
  ])('suggests a correction for %j', (email, address, domain) => {
    expect(suggestEmail(email)).toEqual({ address, domain, full: `${address}@${domain}` })
  })

  it('uses the real pages’ list of top-level domains, which has gov.uk and nhs.uk', () => {
    expect(suggestEmail('jo@trust.nhs.ul')).toEqual({ address: 'jo', domain: 'trust.nhs.uk', full: 'jo@trust.nhs.uk' })
    expect(suggestEmail('jo@council.gov.uj')).toEqual({ address: 'jo', domain: 'council.gov.uk', full: 'jo@council.gov.uk' })
  })

  it.each(['jo@gmail.com', 'jo@example.org', 'jo@yahoo.co.uk', 'x@digital.cabinet-office.gov.uk', '', '  '])(
    'suggests nothing for %j',
    (email) => {
      expect(suggestEmail(email)).toBeUndefined()
    },
  )
})
