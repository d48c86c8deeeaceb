// The settings index's "MOTO security" rows, as the real admin site shows them for a MOTO service.
// The playground shows them for every service, saying when MOTO payments are off that they change
// nothing until MOTO payments are on.
import { accountFeatures } from '../../../simulator/model/account-features.ts'
import type { ServiceSettings } from '../../../simulator/model/types.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { changeAction } from './change-action.ts'
import { hideShow, MOTO_QUESTION, MOTO_SECURITY } from './setting-labels.ts'
import { settingsPaths } from './settings-paths.ts'

export function MotoSecuritySummary({ settings }: { settings: ServiceSettings }) {
  const features = accountFeatures(settings)
  return (
    <>
      <h2 className="govuk-heading-m">{MOTO_SECURITY.heading}</h2>
      <p className="govuk-body">{MOTO_SECURITY.intro}</p>
      {settings.moto ? null : (
        <p className="govuk-body">These apply only to MOTO payments, which are off for this service (“{MOTO_QUESTION}”).</p>
      )}
      <SummaryList
        rows={[
          {
            key: MOTO_SECURITY.cardNumber.row,
            value: hideShow(features.motoMaskCardNumber),
            actions: changeAction(settingsPaths.hideCardNumber(), MOTO_SECURITY.cardNumber.row),
          },
          {
            key: MOTO_SECURITY.securityCode.row,
            value: hideShow(features.motoMaskSecurityCode),
            actions: changeAction(settingsPaths.hideCardSecurityCode(), MOTO_SECURITY.securityCode.row),
          },
        ]}
      />
    </>
  )
}
