import { describe, expect, it } from 'vitest'
import { address, amount, PAYMENT_KINDS, person, reference } from '../../../../src/simulator/services/seed-vocabulary.ts'
import { seededRandom } from '../../../../src/simulator/services/seeded-random.ts'

describe('the words demo payments are made of', () => {
  const random = seededRandom(3)

  it('makes people with plain email addresses at example domains', () => {
    for (let i = 0; i < 200; i++) {
      const { name, email } = person(random)
      expect(name).toMatch(/^\S+ \S+$/)
      expect(email).toMatch(/^[a-z]+\.[a-z]+\d*@(mail\.)?example\.(com|org|net|co\.uk)$/)
    }
  })

  it('makes UK addresses with a postcode in the usual shape', () => {
    for (let i = 0; i < 200; i++) {
      const made = address(random)
      expect(made.country).toBe('GB')
      expect(made.postcode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/)
      expect(made.line1.length).toBeGreaterThan(0)
    }
  })

  it('keeps amounts in each kind’s range, whole pounds where fees are whole pounds, and references short', () => {
    for (const kind of PAYMENT_KINDS) {
      for (let i = 0; i < 50; i++) {
        const pence = amount(random, kind)
        expect(pence).toBeGreaterThanOrEqual(kind.minAmount)
        expect(pence).toBeLessThanOrEqual(kind.maxAmount)
        if (kind.wholePounds) expect(pence % 100).toBe(0)
        expect(reference(random, kind)).toMatch(new RegExp(`^${kind.referencePrefix}\\d{${kind.referenceDigits}}$`))
      }
    }
  })
})
