// "MOTO security": whether the card page hides the card number and the security code as a call
// centre agent types them (gateway account `moto_mask_card_number_input` and
// `moto_mask_card_security_code_input`), in the real admin site's words. Only MOTO payments are
// masked, so each page says whether this service takes them.
import { Link } from 'react-router'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { InsetText } from '../../../ui/inset-text.tsx'
import { OnOffSettingPage } from './on-off-setting-page.tsx'
import { MOTO_QUESTION, MOTO_SECURITY } from './setting-labels.ts'
import { settingsPaths } from './settings-paths.ts'

/** What a MOTO security setting applies to, and whether this service has any such payments. */
export function MotoOnlyNote({ motoOn }: { motoOn: boolean }) {
  return (
    <InsetText>
      {motoOn ? (
        <>
          MOTO payments are on for this service: the card page of a payment created with{' '}
          <code className="app-code">moto: true</code> follows this setting.
        </>
      ) : (
        <>
          This only changes the card page of MOTO payments, and MOTO payments are off for this service, so it has no
          effect until you turn on{' '}
          <Link className="govuk-link" to={settingsPaths.moto()}>
            {MOTO_QUESTION}
          </Link>
          .
        </>
      )}
    </InsetText>
  )
}

const hint = (text: string) => (
  <>
    <p className="govuk-body govuk-hint">{text}</p>
    <p className="govuk-body govuk-hint">
      This applies only to MOTO payments: payments created with <code className="app-code">moto: true</code>.
    </p>
  </>
)

export function HideCardNumberPage({ service }: { service: ServiceRecord }) {
  const { cardNumber } = MOTO_SECURITY
  return (
    <OnOffSettingPage
      service={service}
      setting="motoMaskCardNumber"
      question={cardNumber.question}
      hint={hint(cardNumber.hint)}
      onLabel="Hide"
      offLabel="Show"
      aside={<MotoOnlyNote motoOn={service.settings.moto} />}
      saved={`${cardNumber.row} updated`}
    />
  )
}

export function HideCardSecurityCodePage({ service }: { service: ServiceRecord }) {
  const { securityCode } = MOTO_SECURITY
  return (
    <OnOffSettingPage
      service={service}
      setting="motoMaskSecurityCode"
      question={securityCode.question}
      hint={hint(securityCode.hint)}
      onLabel="Hide"
      offLabel="Show"
      aside={<MotoOnlyNote motoOn={service.settings.moto} />}
      saved={`${securityCode.row} updated`}
    />
  )
}
