// The settings index's rows for what GOV.UK Pay support set on a real account (recurring payments,
// the authorisation API, prepaid cards, corporate card fees), under a heading that says so: the
// playground lets a learner change them, the real admin site does not.
import { accountFeatures } from '../../../simulator/model/account-features.ts'
import type { ServiceSettings } from '../../../simulator/model/types.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { changeAction } from './change-action.ts'
import {
  AUTHORISATION_API_QUESTION,
  BLOCK_PREPAID_QUESTION,
  CORPORATE_FEES,
  feeSummary,
  onOff,
  RECURRING_PAYMENTS_QUESTION,
  SET_BY_PAY_HEADING,
} from './setting-labels.ts'
import { settingsPaths } from './settings-paths.ts'

export function SetByPaySummary({ settings }: { settings: ServiceSettings }) {
  const features = accountFeatures(settings)
  return (
    <>
      <h2 className="govuk-heading-m">{SET_BY_PAY_HEADING}</h2>
      <p className="govuk-body">
        A service team cannot change these in the real admin site: GOV.UK Pay support set them when the service asks. Here
        you can change them to see what they do.
      </p>
      <SummaryList
        rows={[
          {
            key: RECURRING_PAYMENTS_QUESTION,
            value: onOff(features.recurringPayments),
            actions: changeAction(settingsPaths.recurringPayments(), 'recurring card payments'),
          },
          {
            key: AUTHORISATION_API_QUESTION,
            value: onOff(features.authorisationApi),
            actions: changeAction(settingsPaths.authorisationApi(), 'authorisation API'),
          },
          {
            key: BLOCK_PREPAID_QUESTION,
            value: onOff(features.blockPrepaidCards),
            actions: changeAction(settingsPaths.blockPrepaidCards(), 'block prepaid cards'),
          },
          ...CORPORATE_FEES.map((fee) => ({
            key: fee.label,
            value: feeSummary(settings[fee.setting] ?? 0),
            actions: changeAction(settingsPaths.corporateFee(fee.setting), fee.label.toLowerCase()),
          })),
        ]}
      />
    </>
  )
}
