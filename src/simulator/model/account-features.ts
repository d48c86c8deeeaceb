// The settings added with storage schema 4, read with their defaults: a service stored before they
// existed has none of them and reads as a new test account does (everything off, no card fees).
import type { ServiceSettings } from './types.ts'

export interface CorporateSurcharges {
  /** pence, for a corporate credit card */
  credit: number
  /** pence, for a corporate debit card that is not prepaid */
  debit: number
  /** pence, for a corporate prepaid debit card */
  prepaidDebit: number
}

export interface AccountFeatures {
  recurringPayments: boolean
  authorisationApi: boolean
  blockPrepaidCards: boolean
  surcharges: CorporateSurcharges
  motoMaskCardNumber: boolean
  motoMaskSecurityCode: boolean
}

export function accountFeatures(settings: ServiceSettings): AccountFeatures {
  return {
    recurringPayments: settings.recurringPayments ?? false,
    authorisationApi: settings.authorisationApi ?? false,
    blockPrepaidCards: settings.blockPrepaidCards ?? false,
    surcharges: {
      credit: settings.corporateCreditCardSurcharge ?? 0,
      debit: settings.corporateDebitCardSurcharge ?? 0,
      prepaidDebit: settings.corporatePrepaidDebitCardSurcharge ?? 0,
    },
    motoMaskCardNumber: settings.motoMaskCardNumber ?? false,
    motoMaskSecurityCode: settings.motoMaskSecurityCode ?? false,
  }
}
