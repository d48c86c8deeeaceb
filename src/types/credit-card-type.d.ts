// credit-card-type 6.3.0 (the version the real payment pages use) ships no type declarations.
declare module 'credit-card-type' {
  export interface CreditCardType {
    niceType: string
    type: string
    prefixPattern: RegExp
    exactPattern: RegExp
    gaps: number[]
    lengths: number[]
    code: { name: string; size: number }
  }
  export default function creditCardType(cardNumber: string): CreditCardType[]
}
