// An agreement's status as the real admin site tags it: Created, Active (green), Cancelled (red),
// Inactive (grey).
import type { AgreementStatus } from '../../../simulator/model/recurring-types.ts'
import { Tag, type TagColour } from '../../../ui/tag.tsx'

export const AGREEMENT_STATUS_TEXT: Record<AgreementStatus, string> = {
  created: 'Created',
  active: 'Active',
  cancelled: 'Cancelled',
  inactive: 'Inactive',
}

const COLOURS: Record<AgreementStatus, TagColour | undefined> = {
  created: undefined,
  active: 'green',
  cancelled: 'red',
  inactive: 'grey',
}

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  return <Tag colour={COLOURS[status]}>{AGREEMENT_STATUS_TEXT[status]}</Tag>
}
