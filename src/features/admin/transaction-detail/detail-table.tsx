// A table of labelled values, one row each (the label is the row's header), as the admin site
// lays out a transaction.
import type { ReactNode } from 'react'
import { Table } from '../../../ui/table.tsx'

export interface DetailRow {
  label: string
  value: ReactNode
  /** An id for the value cell, so tests and links can find it. */
  id?: string
}

export function DetailTable({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <Table
      className="app-detail-table"
      firstCellIsHeader
      rowKeys={rows.map((row) => row.label)}
      rows={rows.map((row) => [{ content: row.label, className: 'app-detail-table__label' }, { content: row.value, id: row.id }])}
    />
  )
}

/** What a cell says when there is no value. */
export function NotProvided() {
  return <span className="app-secondary-text">Not provided</span>
}

export const valueOrNone = (value: string | null | undefined): ReactNode =>
  value === null || value === undefined || value === '' ? <NotProvided /> : value
