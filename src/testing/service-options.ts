// The library's service options as the simulator's service settings (model/types.ts ServiceSettings):
// what GOV.UK Pay switches on for an account, so a team's tests can take recurring payments, MOTO
// payments and card fees. The simulator's own update checks the fees' range.
import type { ServiceSettings } from '../simulator/model/types.ts'
import type { ServiceOptions } from './types.ts'

const SWITCHES = ['recurringPayments', 'authorisationApi', 'moto', 'blockPrepaidCards'] as const
const FEES = { credit: 'corporateCreditCardSurcharge', debit: 'corporateDebitCardSurcharge', prepaidDebit: 'corporatePrepaidDebitCardSurcharge' } as const

export function serviceSettingsOf(options: ServiceOptions): Partial<ServiceSettings> {
  const known = new Set<string>([...SWITCHES, 'corporateCardFees'])
  const unknown = Object.keys(options).filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new TypeError(`setServiceSettings does not know ${unknown.join(', ')}: use ${[...known].join(', ')}`)
  }
  const settings: Partial<ServiceSettings> = {}
  for (const name of SWITCHES) {
    const value = options[name]
    if (value === undefined) continue
    if (typeof value !== 'boolean') throw new TypeError(`setServiceSettings's ${name} must be true or false, not ${String(value)}`)
    settings[name] = value
  }
  const fees = options.corporateCardFees ?? {}
  const unknownFees = Object.keys(fees).filter((name) => !(name in FEES))
  if (unknownFees.length > 0) throw new TypeError(`corporateCardFees does not know ${unknownFees.join(', ')}: use credit, debit and prepaidDebit`)
  for (const [name, setting] of Object.entries(FEES) as Array<[keyof typeof FEES, (typeof FEES)[keyof typeof FEES]]>) {
    const pence = fees[name]
    if (pence !== undefined) settings[setting] = pence
  }
  return settings
}
