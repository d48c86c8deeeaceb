// The routes of the services pages, below #/admin/services.
import { appPaths } from '../../../lib/app-paths.ts'

export const servicePaths = {
  index: appPaths.services,
  trainees: () => `${appPaths.services()}/trainees`,
  reset: (serviceId: string) => `${appPaths.services()}/${encodeURIComponent(serviceId)}/reset`,
  remove: (serviceId: string) => `${appPaths.services()}/${encodeURIComponent(serviceId)}/delete`,
}
