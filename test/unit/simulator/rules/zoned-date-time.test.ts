// Dates as the real search reads them (pay-api-contract.md §3.3): ZonedDateTime.parse with
// ISO_ZONED_DATE_TIME for from_date/to_date, LocalDate.parse for the settled dates. Every expected
// value below is what real Java (OpenJDK 17 and Temurin 25 agree) gives for the same text, as
// epoch microseconds, or undefined where Java throws.
import { describe, expect, it } from 'vitest'
import { isLocalDate, parseZonedDateTime } from '../../../../src/simulator/rules/zoned-date-time.ts'

describe('parseZonedDateTime', () => {
  it.each([
    ['2015-08-13T12:35:00Z', 1439469300000000n],
    ['2015-08-13T12:35Z', 1439469300000000n],
    ['2015-08-13T12:35:00+01:00', 1439465700000000n],
    ['2015-08-13T12:35:00.123Z', 1439469300123000n],
    ['2015-08-13T12:35:00.123456789Z', 1439469300123456n],
    ['2015-08-13T12:35:00.123+05:30', 1439449500123000n],
    ['2015-08-13T12:35:00.Z', 1439469300000000n],
    ['2015-08-13T12:35:00Z[Europe/London]', 1439469300000000n],
    ['2015-08-13T12:35:00+01:00[Europe/London]', 1439465700000000n],
    ['2015-08-13T12:35:00Z[UTC]', 1439469300000000n],
    ['2015-08-13T12:35:00Z[GB]', 1439469300000000n],
    ['2016-02-29T00:00Z', 1456704000000000n],
    ['0000-02-29T00:00Z', -62162121600000000n],
    ['0004-02-29T00:00Z', -62035891200000000n],
    ['0050-06-01T00:00Z', -60576249600000000n],
    ['2015-08-13t12:35z', 1439469300000000n],
    ['2015-08-13T12:35+01', 1439465700000000n],
    ['2015-08-13T12:35+18:00', 1439404500000000n],
    ['2015-08-13T12:35-18:00', 1439534100000000n],
    ['2015-08-13T12:35+01:00:30', 1439465670000000n],
    ['2015-08-13T12:35:00-00:00', 1439469300000000n],
  ])('reads %s as Java does', (text, micros) => {
    expect(parseZonedDateTime(text)).toBe(micros)
  })

  it.each([
    '2015-08-13',
    '2015-13-01T00:00Z',
    '2015-08-13T12:35:00',
    '2015-08-13T12:35:00.1234567891Z',
    '2015-08-13T12:35:00Z[Mars/Olympus]',
    '2015-02-29T00:00Z',
    '0100-02-29T00:00Z',
    '2015-08-13T24:00Z',
    '2015-08-13T12:60Z',
    '2015-08-13T12:35:60Z',
    '2015-08-13T12:35+0100',
    '2015-08-13T12:35+18:01',
    '+2015-08-13T12:35Z',
    '2015-8-13T12:35Z',
    '2015-08-13 12:35Z',
    '2015-08-13T12:35.123Z',
    '',
  ])('rejects %j as Java does', (text) => {
    expect(parseZonedDateTime(text)).toBeUndefined()
  })
})

describe('isLocalDate', () => {
  it.each(['2020-03-01', '2020-02-29', '0000-02-29'])('accepts %s', (text) => {
    expect(isLocalDate(text)).toBe(true)
  })

  it.each(['2019-02-29', '2020-3-01', '2020-03-01T00:00Z', '20200301', '2020-13-01', '2020-00-10', '2020-01-00', ''])(
    'rejects %j',
    (text) => {
      expect(isLocalDate(text)).toBe(false)
    },
  )
})
