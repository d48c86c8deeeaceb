// The countries and territories a billing address can be in: ISO 3166-1 alpha-2 codes (the values
// the real pages submit) with their English names, from the i18n-iso-countries package.
import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json'

countries.registerLocale(english)

export interface Country {
  code: string
  name: string
}

const NAMES = countries.getNames('en', { select: 'official' })

/** Every country, by name. */
export const COUNTRIES: readonly Country[] = Object.entries(NAMES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))

export const UNITED_KINGDOM = 'GB'

export const isCountryCode = (code: string): boolean => Object.hasOwn(NAMES, code)

/** The country's name, or the code itself if it is not one. */
export const countryName = (code: string): string => NAMES[code] ?? code
