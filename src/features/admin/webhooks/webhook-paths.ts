// The webhooks pages, below #/admin/settings/webhooks, shaped as the real admin site's addresses.
import { appPaths } from '../../../lib/app-paths.ts'

const one = (webhookId: string) => `${appPaths.webhooks()}/${encodeURIComponent(webhookId)}`

export const webhookPaths = {
  index: () => appPaths.webhooks(),
  create: () => `${appPaths.webhooks()}/create`,
  detail: (webhookId: string, query?: URLSearchParams) => {
    const search = query?.toString() ?? ''
    return search === '' ? one(webhookId) : `${one(webhookId)}?${search}`
  },
  update: (webhookId: string) => `${one(webhookId)}/update`,
  toggle: (webhookId: string) => `${one(webhookId)}/toggle-status`,
  event: (webhookId: string, messageId: string) => `${one(webhookId)}/event/${encodeURIComponent(messageId)}`,
}
