// The words demo payments are made of: the kinds of thing people pay government services for
// (with typical amounts and reference styles), and names, streets and towns for the people paying.
import { pick, randomInt, type RandomSource } from './seeded-random.ts'

export interface PaymentKind {
  description: string
  /** amount range in pence */
  minAmount: number
  maxAmount: number
  /** whole pounds only (fees and fines), or any amount in pence (bills) */
  wholePounds: boolean
  referencePrefix: string
  referenceDigits: number
  returnPath: string
}

const kind = (
  description: string,
  [minAmount, maxAmount]: [number, number],
  wholePounds: boolean,
  referencePrefix: string,
  referenceDigits: number,
  returnPath: string,
): PaymentKind => ({ description, minAmount, maxAmount, wholePounds, referencePrefix, referenceDigits, returnPath })

export const PAYMENT_KINDS: readonly PaymentKind[] = [
  kind('Pay your council tax', [4_500, 32_000], false, 'CT', 9, 'council-tax/paid'),
  kind('Pay a parking penalty charge notice', [3_500, 13_000], true, 'PCN-KT', 8, 'parking/penalty-paid'),
  kind('Apply for a passport: application fee', [8_850, 10_000], false, 'PEX', 10, 'passport/application-complete'),
  kind('Garden waste collection subscription', [4_200, 6_500], true, 'GW', 7, 'bins/garden-waste/confirmed'),
  kind('Book a bulky waste collection', [2_500, 7_500], true, 'BWC', 6, 'bins/bulky-waste/booked'),
  kind('Apply for a Blue Badge', [1_000, 1_000], true, 'BB', 8, 'blue-badge/application-sent'),
  kind('Order a copy of a birth certificate', [1_100, 3_800], true, 'GRO', 9, 'certificates/order-complete'),
  kind('Renew a rod fishing licence', [3_025, 8_210], false, 'EAFL', 8, 'fishing/licence-renewed'),
  kind('Pay a court fine', [5_000, 150_000], false, 'CF', 11, 'court-fines/paid'),
  kind('Pay for a premises licence', [10_000, 190_500], true, 'PL', 7, 'licensing/premises/paid'),
  kind('Pay a planning application fee', [25_800, 462_000], true, 'PP-23', 6, 'planning/application-paid'),
  kind('Book a register office ceremony', [5_700, 60_000], true, 'RO', 6, 'ceremonies/booked'),
  kind('Pay your business rates', [25_000, 1_250_000], false, 'BR', 9, 'business-rates/paid'),
  kind('Pay a housing benefit overpayment', [1_500, 85_000], false, 'HBO', 8, 'benefits/overpayment-paid'),
  kind('Apply for a dropped kerb', [7_500, 25_000], true, 'DK', 6, 'highways/dropped-kerb/applied'),
  kind('Pay for pest control', [4_000, 12_500], true, 'PC', 6, 'environmental-health/pest-control/booked'),
]

export const SERVICE_HOSTS: readonly string[] = [
  'www.example-council.gov.uk',
  'pay.example-borough.gov.uk',
  'services.example-district.gov.uk',
]

export const FIRST_NAMES: readonly string[] = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia', 'Grace', 'Freya',
  'Aisha', 'Priya', 'Zara', 'Niamh', 'Siân', 'Eilidh', 'Chloe', 'Hannah', 'Fatima', 'Maryam', 'Ruth', 'Joan',
  'Noah', 'Oliver', 'George', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Jack', 'Theo',
  'Mohammed', 'Rhys', 'Dylan', 'Callum', 'Ewan', 'Aarav', 'Kwame', 'Tomasz', 'David', 'Peter', 'Gareth', 'Liam',
]

export const LAST_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood',
  'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'Khan', 'Ali',
  'Begum', 'Hussain', 'Singh', 'Murphy', 'O’Brien', 'Campbell', 'Stewart', 'MacDonald', 'Nowak', 'Okafor', 'Mensah',
]

const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net', 'mail.example.co.uk']

const STREETS: readonly string[] = [
  'High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Green Lane', 'Manor Road', 'Park Avenue',
  'Queen Street', 'Mill Lane', 'The Crescent', 'Kings Road', 'New Road', 'School Lane', 'Albert Street',
]

const TOWNS: ReadonlyArray<readonly [town: string, postcodeArea: string]> = [
  ['London', 'SE'], ['Birmingham', 'B'], ['Manchester', 'M'], ['Leeds', 'LS'], ['Bristol', 'BS'],
  ['Cardiff', 'CF'], ['Swansea', 'SA'], ['Norwich', 'NR'], ['Exeter', 'EX'], ['Nottingham', 'NG'],
  ['Sheffield', 'S'], ['Newcastle upon Tyne', 'NE'], ['Brighton', 'BN'], ['Leicester', 'LE'], ['York', 'YO'],
]

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'

export interface Person {
  name: string
  email: string
}

export function person(random: RandomSource): Person {
  const first = pick(random, FIRST_NAMES)
  const last = pick(random, LAST_NAMES)
  const local = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase()
  const suffix = random() < 0.3 ? String(randomInt(random, 1, 99)) : ''
  return { name: `${first} ${last}`, email: `${local}${suffix}@${pick(random, EMAIL_DOMAINS)}` }
}

export function address(random: RandomSource) {
  const [town, area] = pick(random, TOWNS)
  const letters = POSTCODE_LETTERS[randomInt(random, 0, 19)]! + POSTCODE_LETTERS[randomInt(random, 0, 19)]!
  const line1 = `${randomInt(random, 1, 240)} ${pick(random, STREETS)}`
  const postcode = `${area}${randomInt(random, 1, 28)} ${randomInt(random, 1, 9)}${letters}`
  return random() < 0.2
    ? { line1: `Flat ${randomInt(random, 1, 12)}`, line2: line1, city: town, postcode, country: 'GB' }
    : { line1, city: town, postcode, country: 'GB' }
}

export function reference(random: RandomSource, kind: PaymentKind): string {
  let digits = ''
  for (let i = 0; i < kind.referenceDigits; i++) digits += String(randomInt(random, 0, 9))
  return `${kind.referencePrefix}${digits}`
}

export function amount(random: RandomSource, kind: PaymentKind): number {
  if (kind.wholePounds) return randomInt(random, kind.minAmount / 100, kind.maxAmount / 100) * 100
  return randomInt(random, kind.minAmount, kind.maxAmount)
}
