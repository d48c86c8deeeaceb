// The tags the real admin site shows for a webhook's status and a delivery's status, in its colours.
import { DELIVERY_STATUS_TEXT } from '../../../simulator/model/webhook-delivery-rules.ts'
import type { DeliveryStatus, WebhookStatus } from '../../../simulator/model/webhook-types.ts'
import { Tag, type TagColour } from '../../../ui/tag.tsx'

const WEBHOOK_STATUS: Record<WebhookStatus, { text: string; colour: TagColour }> = {
  ACTIVE: { text: 'Active', colour: 'blue' },
  INACTIVE: { text: 'Inactive', colour: 'yellow' },
}

const DELIVERY_COLOURS: Record<DeliveryStatus, TagColour> = {
  PENDING: 'blue',
  SUCCESSFUL: 'green',
  FAILED: 'red',
  WILL_NOT_SEND: 'grey',
}

export function WebhookStatusTag({ status }: { status: WebhookStatus }) {
  return <Tag colour={WEBHOOK_STATUS[status].colour}>{WEBHOOK_STATUS[status].text}</Tag>
}

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  return <Tag colour={DELIVERY_COLOURS[status]}>{DELIVERY_STATUS_TEXT[status]}</Tag>
}
