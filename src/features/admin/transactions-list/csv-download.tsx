// "Download all transaction details as a CSV file": builds the file in the browser from every
// transaction matching the filters and hands it to the browser as a download.
import { useMutation } from '@tanstack/react-query'
import { describeError } from '../../../lib/describe-error.ts'
import { downloadText } from '../../../lib/download-text.ts'
import { transactionsCsv, csvFileName } from '../../../simulator/rules/transactions-csv.ts'
import { now } from '../../../simulator/services/clock.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { listTransactions, type TransactionQuery } from '../../../simulator/services/transactions.ts'

export interface CsvFile {
  name: string
  text: string
}

/** The CSV file for the current service's transactions matching `query`. */
export async function buildTransactionsCsv(query: TransactionQuery): Promise<CsvFile> {
  const service = await ensureCurrentService()
  const rows = await listTransactions(service.id, query)
  return { name: csvFileName(await now()), text: transactionsCsv(rows, { motoColumn: service.settings.moto }) }
}

const saveFile = ({ name, text }: CsvFile) => downloadText(name, text, 'text/csv;charset=utf-8')

export function CsvDownload({ query }: { query: TransactionQuery }) {
  const download = useMutation({ mutationFn: () => buildTransactionsCsv(query), onSuccess: saveFile })
  return (
    <div className="govuk-!-margin-bottom-4">
      <p className="govuk-body govuk-!-margin-bottom-1" id="csv-download">
        <button
          type="button"
          className="govuk-link app-link-button app-csv-download"
          onClick={() => {
            if (!download.isPending) download.mutate()
          }}
        >
          Download all transaction details as a CSV file
        </button>
        <span className="govuk-body-s" role="status">
          {download.isPending ? ' Preparing the file…' : ''}
        </span>
      </p>
      <p className="govuk-body-s app-csv-download__note">
        Times in the file are in UTC, as in the real service’s files: during British Summer Time they are 1 hour behind the times
        shown on this page.
      </p>
      {download.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The file could not be made: {describeError(download.error)}
        </p>
      )}
    </div>
  )
}
