// One API key as a summary card: its name, when it was created, last used (and revoked).
import { formatDateAndMinutes } from '../../../lib/dates.ts'
import type { ApiKeyRecord } from '../../../simulator/model/types.ts'
import { SummaryCard, SummaryList, type SummaryRow } from '../../../ui/summary-list.tsx'
import { apiKeyPaths } from './api-key-paths.ts'

export function ApiKeyCard({ apiKey }: { apiKey: ApiKeyRecord }) {
  const revoked = apiKey.revokedAt !== undefined
  const rows: SummaryRow[] = [{ key: 'Date created', value: formatDateAndMinutes(apiKey.createdAt) }]
  if (apiKey.revokedAt !== undefined) rows.push({ key: 'Date revoked', value: formatDateAndMinutes(apiKey.revokedAt) })
  rows.push({
    key: 'Last used',
    value: apiKey.lastUsedAt === undefined ? (revoked ? 'Never used' : 'Not used yet') : formatDateAndMinutes(apiKey.lastUsedAt),
  })
  const actions = revoked
    ? []
    : [
        { text: 'Change name', to: apiKeyPaths.changeName(apiKey.id), visuallyHiddenText: `of ${apiKey.name}` },
        { text: 'Revoke', to: apiKeyPaths.revoke(apiKey.id), visuallyHiddenText: apiKey.name },
      ]
  return (
    <SummaryCard title={apiKey.name} headingLevel={3} actions={actions}>
      <SummaryList rows={rows} />
    </SummaryCard>
  )
}
