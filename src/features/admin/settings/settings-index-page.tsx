// "Settings": what the service asks paying users for, which cards it takes, and what the API lets
// it do. Each change applies at once to the payment pages and the API.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { changeAction as change } from './change-action.ts'
import { MotoSecuritySummary } from './moto-security-summary.tsx'
import { SetByPaySummary } from './set-by-pay-summary.tsx'
import { settingsPaths } from './settings-paths.ts'
import { acceptedCardLabels, DELAYED_CAPTURE_QUESTION, EMAIL_MODE_SUMMARY, MOTO_QUESTION, onOff, REDIRECT_QUESTION } from './setting-labels.ts'

export function SettingsIndexPage({ service }: { service: ServiceRecord }) {
  const flash = useFlash()
  const { settings } = service
  const welshName = settings.welshName?.trim()
  return (
    <>
      <title>{pageTitle('Settings')}</title>
      <FlashBanner message={flash} />
      <h1 className="govuk-heading-l">Settings</h1>
      <p className="govuk-body">
        Changes apply at once: to the payment pages your users see and to what the API accepts for {service.name}.
      </p>

      <h2 className="govuk-heading-m">About your service</h2>
      <SummaryList
        rows={[
          { key: 'Service name', value: service.name, actions: change(settingsPaths.serviceName(), 'service name') },
          welshName
            ? { key: 'Welsh service name', value: <span lang="cy">{welshName}</span>, actions: change(settingsPaths.welshServiceName(), 'Welsh service name') }
            : {
                key: 'Welsh service name',
                value: (
                  <Link className="govuk-link govuk-link--no-visited-state" to={settingsPaths.welshServiceName()}>
                    Add Welsh service name
                  </Link>
                ),
              },
        ]}
      />

      <h2 className="govuk-heading-m">Paying user email addresses</h2>
      <SummaryList
        rows={[
          {
            key: 'Ask users for their email address',
            value: EMAIL_MODE_SUMMARY[settings.emailCollectionMode],
            actions: change(settingsPaths.email(), 'ask users for their email address'),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Card payments</h2>
      <SummaryList
        rows={[
          {
            key: 'Ask users for their billing address',
            value: onOff(settings.collectBillingAddress),
            actions: change(settingsPaths.billingAddress(), 'ask users for their billing address'),
          },
          {
            key: 'Card types',
            value: (
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {acceptedCardLabels(settings.acceptedCardTypes).map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            ),
            actions: change(settingsPaths.cardTypes(), 'card types'),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Payment pages</h2>
      <SummaryList
        rows={[
          {
            key: REDIRECT_QUESTION,
            value: onOff(settings.redirectToServiceImmediatelyOnTerminalState === true),
            actions: change(settingsPaths.redirectOnFinish(), 'sending users straight back to your service'),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Capture and MOTO</h2>
      <SummaryList
        rows={[
          {
            key: DELAYED_CAPTURE_QUESTION,
            value: onOff(settings.delayedCapture),
            actions: change(settingsPaths.delayedCapture(), 'delayed capture for test payments'),
          },
          { key: MOTO_QUESTION, value: onOff(settings.moto), actions: change(settingsPaths.moto(), 'MOTO payments') },
        ]}
      />

      <MotoSecuritySummary settings={settings} />

      <SetByPaySummary settings={settings} />

      <h2 className="govuk-heading-m">Developers</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={appPaths.apiKeys()}>
            API keys
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={appPaths.webhooks()}>
            Webhooks
          </Link>
        </li>
      </ul>
    </>
  )
}
