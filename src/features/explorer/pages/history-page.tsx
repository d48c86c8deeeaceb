// The request history (`#/explorer/history`): every request answered in this browser since the
// explorer was first opened in the tab, newest first, searchable, each one open-able and
// replayable. Keys are never stored.
import { useState } from 'react'
import { pageTitle } from '../../../lib/page-title.ts'
import { Button } from '../../../ui/button.tsx'
import { clearHistory, MAX_HISTORY_ENTRIES, searchHistory } from '../history/history-store.ts'
import { useHistory } from '../history/use-history.ts'
import { HistoryItem } from './history-item.tsx'

export function HistoryPage() {
  const entries = useHistory()
  const [search, setSearch] = useState('')
  const [cleared, setCleared] = useState(false)
  const shown = searchHistory(entries, search)
  return (
    <>
      <title>{pageTitle('Request history – API explorer')}</title>
      <h1 className="govuk-heading-l">Request history</h1>
      <p className="govuk-body">
        The last {MAX_HISTORY_ENTRIES} requests the simulator answered in this browser, from any page: the explorer, your
        own pages and scripts, and the browser console. Each says which page sent it and which service and key it used.
        They are kept on this device. API keys are replaced with [redacted] before anything is stored.
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="history-search">
          Search the history
        </label>
        <div className="govuk-hint" id="history-search-hint">
          Method, address, status, or text in a body – for example “POST 201” or a payment ID.
        </div>
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="history-search"
          type="search"
          aria-describedby="history-search-hint"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="govuk-body" role="status">
        {cleared && entries.length === 0
          ? 'The history has been cleared.'
          : search === ''
            ? `${entries.length} ${entries.length === 1 ? 'request' : 'requests'}`
            : `${shown.length} of ${entries.length} requests match`}
      </p>
      {entries.length === 0 && !cleared && <p className="govuk-body">No requests yet. Send one from an endpoint’s page.</p>}
      <ol className="govuk-list app-explorer-history" aria-label="Requests, newest first">
        {shown.map((entry) => (
          <HistoryItem key={entry.seq} entry={entry} />
        ))}
      </ol>
      {entries.length > 0 && (
        <Button
          variant="warning"
          onClick={() => {
            void clearHistory().then(() => setCleared(true))
          }}
        >
          Clear the history
        </Button>
      )}
    </>
  )
}
