// The request history (`#/explorer/history`): every request answered in this browser since the
// explorer was first opened in the tab, newest first, searchable, each one open-able and
// replayable. Keys are never stored.
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import { Button } from '../../../ui/button.tsx'
import { Select } from '../../../ui/select.tsx'
import { ALL_SERVICES, clearHistory, historyServices, MAX_HISTORY_ENTRIES, NO_SERVICE, ofService, searchHistory } from '../history/history-store.ts'
import { useHistory } from '../history/use-history.ts'
import { HistoryItem } from './history-item.tsx'

export function HistoryPage() {
  const entries = useHistory()
  const [search, setSearch] = useState('')
  const [params, setParams] = useSearchParams()
  const service = params.get('service') ?? ALL_SERVICES
  const [cleared, setCleared] = useState(false)
  const shown = searchHistory(ofService(entries, service), search)
  const services = historyServices(entries, service)
  const filtered = search !== '' || service !== ALL_SERVICES
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
      <Select
        id="history-service"
        label="Service"
        labelSize="s"
        hint="The service whose API key sent the request"
        value={service}
        onChange={(event) => setParams(event.target.value === ALL_SERVICES ? {} : { service: event.target.value }, { replace: true })}
        options={[
          { value: ALL_SERVICES, text: 'All services' },
          ...services.map(({ id, name }) => ({ value: id, text: name })),
          { value: NO_SERVICE, text: 'No service (the key was refused)' },
        ]}
      />
      <p className="govuk-body" role="status">
        {cleared && entries.length === 0
          ? 'The history has been cleared.'
          : !filtered
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
