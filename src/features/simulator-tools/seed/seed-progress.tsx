// Progress of a demo-data run: a progress bar, the count so far, and "Stop". Screen readers hear
// the start, each quarter and the end rather than every chunk.
import { useId } from 'react'
import { Button } from '../../../ui/button.tsx'

const count = (n: number) => n.toLocaleString('en-GB')

export function SeedProgress({ added, total, onStop, stopping }: { added: number; total: number; onStop: () => void; stopping: boolean }) {
  const id = useId()
  const quarter = Math.floor((added / total) * 4)
  return (
    <div className="app-seed-progress">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Adding demo payments
      </label>
      <progress id={id} className="app-progress" max={total} value={added}>
        {count(added)} of {count(total)}
      </progress>
      <p className="govuk-body" id="seed-progress-count">
        {count(added)} of {count(total)} payments added
      </p>
      <p className="govuk-visually-hidden" role="status">
        {quarter === 0 ? 'Adding demo payments' : `${quarter * 25}% added`}
      </p>
      <Button variant="secondary" onClick={onStop} disabled={stopping}>
        {stopping ? 'Stopping…' : 'Stop adding payments'}
      </Button>
    </div>
  )
}
