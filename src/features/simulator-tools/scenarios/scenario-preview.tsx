// What opening a scenario will do, said before it is done: what it adds, and what it replaces.
import { durationInWords } from '../clock/clock-words.ts'
import { describeFaults } from '../faults/fault-description.ts'
import type { ScenarioPreview as Preview } from '../../../simulator/services/scenario-open.ts'
import { SummaryList } from '../../../ui/summary-list.tsx'

const offsetInWords = (ms: number) => (ms === 0 ? 'real time' : `${durationInWords(ms)} ahead of real time`)
const count = (number: number, one: string) => `${number.toLocaleString('en-GB')} ${one}${number === 1 ? '' : 's'}`

export function ScenarioPreview({ preview }: { preview: Preview }) {
  const { clock } = preview
  return (
    <>
      <h2 className="govuk-heading-m">What opening it adds</h2>
      <SummaryList
        rows={[
          { key: 'A new service', value: preview.serviceName },
          { key: 'Its demo data', value: `${count(preview.payments, 'payment')} and ${count(preview.refunds, 'refund')}` },
          { key: 'Its lessons', value: preview.lessons === null ? 'Every lesson' : `${count(preview.lessons.length, 'lesson')} chosen by the trainer` },
          {
            key: 'Its faults',
            value: preview.faults ? (
              <ul className="govuk-list">
                {describeFaults(preview.faults).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              'None'
            ),
          },
        ]}
      />
      <h2 className="govuk-heading-m">What it replaces</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          {preview.serviceName} becomes your current service, instead of {preview.currentServiceName}.
        </li>
        {clock.from === clock.to ? null : (
          <li>
            The simulator clock, which every service in this browser shares, moves from {offsetInWords(clock.from)} to {offsetInWords(clock.to)}.
          </li>
        )}
      </ul>
      <p className="govuk-body">
        Nothing else changes: your {count(preview.services, 'service')}, with their payments, keys and settings, stay as they are.
      </p>
    </>
  )
}
