// A GOV.UK table. With `firstCellIsHeader` each row starts with a row header (<th scope="row">),
// as on a page that lists facts about one thing. Cells may carry an id for tests and styling hooks.
import type { ReactNode } from 'react'

export interface TableCell {
  content: ReactNode
  id?: string
  numeric?: boolean
}

export interface TableProps {
  rows: readonly (readonly (TableCell | ReactNode)[])[]
  head?: readonly ReactNode[]
  caption?: ReactNode
  captionSize?: 's' | 'm' | 'l' | 'xl'
  firstCellIsHeader?: boolean
  className?: string
}

function isCell(value: TableCell | ReactNode): value is TableCell {
  return typeof value === 'object' && value !== null && 'content' in value
}

export function Table({ rows, head, caption, captionSize = 'm', firstCellIsHeader, className }: TableProps) {
  return (
    <table className={className ? `govuk-table ${className}` : 'govuk-table'}>
      {caption ? <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption> : null}
      {head ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th key={index} scope="col" className="govuk-table__header">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((value, cellIndex) => {
              const cell = isCell(value) ? value : { content: value }
              const numeric = cell.numeric ? ' govuk-table__cell--numeric' : ''
              return firstCellIsHeader && cellIndex === 0 ? (
                <th key={cellIndex} scope="row" className="govuk-table__header" id={cell.id}>
                  {cell.content}
                </th>
              ) : (
                <td key={cellIndex} className={`govuk-table__cell${numeric}`} id={cell.id}>
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
