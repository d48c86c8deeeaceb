// A settings row's "Change" link; `what` completes "Change …" for screen reader users.
import type { SummaryAction } from '../../../ui/summary-list.tsx'

export const changeAction = (to: string, what: string): SummaryAction[] => [{ text: 'Change', to, visuallyHiddenText: what }]
