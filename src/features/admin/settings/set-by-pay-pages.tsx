// The on/off settings GOV.UK Pay support switch on for a real account (gateway account flags
// `recurring_enabled`, `allow_authorisation_api` and `block_prepaid_cards`), each explained by
// what the API or the card page does differently.
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { OnOffSettingPage } from './on-off-setting-page.tsx'
import { SetByPayNote } from './set-by-pay-note.tsx'
import { AUTHORISATION_API_QUESTION, BLOCK_PREPAID_QUESTION, RECURRING_PAYMENTS_QUESTION } from './setting-labels.ts'

const code = (text: string) => <code className="app-code">{text}</code>

export function RecurringPaymentsPage({ service }: { service: ServiceRecord }) {
  return (
    <OnOffSettingPage
      service={service}
      setting="recurringPayments"
      question={RECURRING_PAYMENTS_QUESTION}
      hint={
        <p className="govuk-body govuk-hint">
          With recurring card payments on, the API takes agreements ({code('POST /v1/agreements')}), payments that set one
          up with the user’s card ({code('set_up_agreement')}) and payments taken later with that card (
          {code('authorisation_mode: agreement')}); with them off, it refuses all of these with error P0942, as a real
          test account does until they are switched on.
        </p>
      }
      onHint="The API takes agreements and payments made with them."
      offHint="Agreements and agreement payments are refused with P0942."
      aside={<SetByPayNote />}
      saved="Recurring card payments updated"
    />
  )
}

export function AuthorisationApiPage({ service }: { service: ServiceRecord }) {
  return (
    <OnOffSettingPage
      service={service}
      setting="authorisationApi"
      question={AUTHORISATION_API_QUESTION}
      hint={
        <p className="govuk-body govuk-hint">
          For MOTO payments taken without the payment pages: with the authorisation API on, the API takes payments
          created with {code('authorisation_mode: moto_api')}, whose card details your service then sends to{' '}
          {code('POST /v1/auth')} with the payment’s one-time token; with it off, creating such a payment is refused
          with error P0195.
        </p>
      }
      onHint="Payments can be created with authorisation_mode moto_api and authorised with POST /v1/auth."
      offHint="Creating a moto_api payment is refused with P0195."
      aside={<SetByPayNote />}
      saved="Authorisation API updated"
    />
  )
}

export function BlockPrepaidCardsPage({ service }: { service: ServiceRecord }) {
  return (
    <OnOffSettingPage
      service={service}
      setting="blockPrepaidCards"
      question={BLOCK_PREPAID_QUESTION}
      hint={
        <p className="govuk-body govuk-hint">
          With this on, a prepaid card is refused before it is authorised, on the card page and by{' '}
          {code('POST /v1/auth')}. Try it with the sandbox’s prepaid card 4000160000000004.
        </p>
      }
      onHint="Prepaid cards are refused."
      offHint="Prepaid cards are taken like any other card."
      aside={<SetByPayNote />}
      saved="Block prepaid cards updated"
    />
  )
}
