// The service's name as a payment's pages show it: the Welsh name on a Welsh payment when the
// service has one, otherwise the English name (as the real pages fall back).
import type { ServiceRecord } from '../../simulator/model/types.ts'
import type { HostedLanguage } from './i18n/language.tsx'

export function serviceNameIn(service: Pick<ServiceRecord, 'name' | 'settings'>, language: HostedLanguage): string {
  const welsh = service.settings.welshName?.trim()
  return language === 'cy' && welsh ? welsh : service.name
}
