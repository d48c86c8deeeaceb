// The agreements list's query string, read and checked as the real admin site reads it.
import { describe, expect, it } from 'vitest'
import { agreementParams, parseAgreementFilters, REFERENCE_ERROR } from '../../../../../src/features/admin/agreements/agreement-filters.ts'

const parse = (query: string) => parseAgreementFilters(new URLSearchParams(query))

describe('the agreements list’s filters', () => {
  it('take a status in capitals, as the real select sends it; All, lower case and unknown values mean every status', () => {
    expect(parse('status=CANCELLED').filters).toEqual({ status: 'cancelled' })
    for (const query of ['status=ALL', 'status=active', 'status=PAUSED', '']) {
      expect(parse(query)).toMatchObject({ filters: {}, hasFilters: false, values: { status: '' } })
    }
  })

  it('take a trimmed reference of letters, digits, spaces, hyphens and underscores', () => {
    expect(parse('reference=%20CT-22_23 A%20').filters).toEqual({ reference: 'CT-22_23 A' })
    const refused = parse('reference=INV/2026&status=ACTIVE')
    expect(refused.referenceError).toBe(REFERENCE_ERROR)
    expect(refused.filters).toBeUndefined()
    expect(refused.values).toEqual({ status: 'ACTIVE', reference: 'INV/2026' })
  })

  it('read a page number, with 1 for anything that is not a positive whole number', () => {
    expect(parse('page=3').page).toBe(3)
    for (const page of ['0', '-2', '1.5', 'two', '99999999999999999999']) expect(parse(`page=${page}`).page).toBe(1)
  })

  it('write back only the filters that are set, and the page past the first', () => {
    expect(agreementParams({ status: 'ACTIVE', reference: ' CT ' }, 2).toString()).toBe('status=ACTIVE&reference=CT&page=2')
    expect(agreementParams({ status: '', reference: '' }, 1).toString()).toBe('')
  })
})
