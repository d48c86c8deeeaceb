// The settings pages, below #/admin/settings.
import { appPaths } from '../../../lib/app-paths.ts'
import type { CorporateFeeSetting } from './setting-labels.ts'

/** Each card fee's page, below the settings page. */
export const CORPORATE_FEE_PAGES: Record<CorporateFeeSetting, string> = {
  corporateCreditCardSurcharge: 'corporate-credit-card-fee',
  corporateDebitCardSurcharge: 'corporate-debit-card-fee',
  corporatePrepaidDebitCardSurcharge: 'corporate-prepaid-debit-card-fee',
}

export const settingsPaths = {
  index: () => appPaths.settings(),
  serviceName: () => `${appPaths.settings()}/service-name`,
  welshServiceName: () => `${appPaths.settings()}/welsh-service-name`,
  redirectOnFinish: () => `${appPaths.settings()}/redirect-to-service`,
  email: () => `${appPaths.settings()}/email-collection`,
  billingAddress: () => `${appPaths.settings()}/billing-address`,
  cardTypes: () => `${appPaths.settings()}/card-types`,
  delayedCapture: () => `${appPaths.settings()}/delayed-capture`,
  moto: () => `${appPaths.settings()}/moto`,
  hideCardNumber: () => `${appPaths.settings()}/hide-card-number`,
  hideCardSecurityCode: () => `${appPaths.settings()}/hide-card-security-code`,
  recurringPayments: () => `${appPaths.settings()}/recurring-payments`,
  authorisationApi: () => `${appPaths.settings()}/authorisation-api`,
  blockPrepaidCards: () => `${appPaths.settings()}/block-prepaid-cards`,
  corporateFee: (setting: CorporateFeeSetting) => `${appPaths.settings()}/${CORPORATE_FEE_PAGES[setting]}`,
}
