// The agreements pages, below #/admin/agreements.
import { appPaths } from '../../../lib/app-paths.ts'

export const agreementPaths = {
  index: appPaths.agreements,
  detail: appPaths.agreement,
  cancel: (agreementId: string) => `${appPaths.agreement(agreementId)}/cancel`,
}
