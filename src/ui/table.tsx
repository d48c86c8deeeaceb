// A GOV.UK table. With `firstCellIsHeader` each row starts with a row header (<th scope="row">),
// as on a page that lists facts about one thing. A cell is either plain content or a `TableCell`,
// which can carry an id (for tests and links), extra classes (widths, styling hooks) or be numeric.
import type { ReactNode } from 'react'

export interface TableCell {
  content: ReactNode
  id?: string
  numeric?: boolean
  className?: string
}

export type TableRow = readonly (TableCell | ReactNode)[]

export interface TableProps {
  rows: readonly TableRow[]
  /** React keys for the rows, in the same order, where rows can be added, removed or reordered. */
  rowKeys?: readonly string[]
  head?: TableRow
  caption?: ReactNode
  captionSize?: 's' | 'm' | 'l' | 'xl'
  /** A caption for screen readers only, where a heading already names the table. */
  captionHidden?: boolean
  firstCellIsHeader?: boolean
  className?: string
  id?: string
  'aria-labelledby'?: string
}

function isCell(value: TableCell | ReactNode): value is TableCell {
  return typeof value === 'object' && value !== null && 'content' in value
}

const asCell = (value: TableCell | ReactNode): TableCell => (isCell(value) ? value : { content: value })

function classes(base: string, { numeric, className }: TableCell): string {
  return [base, numeric ? `${base}--numeric` : '', className ?? ''].filter(Boolean).join(' ')
}

function HeaderCell({ cell, scope }: { cell: TableCell; scope: 'col' | 'row' }) {
  return (
    <th scope={scope} className={classes('govuk-table__header', cell)} id={cell.id}>
      {cell.content}
    </th>
  )
}

function Caption({ caption, size, hidden }: { caption: ReactNode; size: string; hidden?: boolean }) {
  const className = hidden ? 'govuk-table__caption govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${size}`
  return <caption className={className}>{caption}</caption>
}

export function Table({ rows, rowKeys, head, caption, captionSize = 'm', captionHidden, firstCellIsHeader, className, ...table }: TableProps) {
  return (
    <table className={className ? `govuk-table ${className}` : 'govuk-table'} {...table}>
      {caption ? <Caption caption={caption} size={captionSize} hidden={captionHidden} /> : null}
      {head ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((value, index) => (
              <HeaderCell key={index} cell={asCell(value)} scope="col" />
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowKeys?.[rowIndex] ?? rowIndex} className="govuk-table__row">
            {row.map((value, cellIndex) => {
              const cell = asCell(value)
              return firstCellIsHeader && cellIndex === 0 ? (
                <HeaderCell key={cellIndex} cell={cell} scope="row" />
              ) : (
                <td key={cellIndex} className={classes('govuk-table__cell', cell)} id={cell.id}>
                  {cell.content}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
