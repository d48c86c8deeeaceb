// The settings pages, below #/admin/settings.
import { appPaths } from '../../../lib/app-paths.ts'

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
}
