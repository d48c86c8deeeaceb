// Reads a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows
// keyed by the header row, for tests that check downloaded files.

export function parseCsvLines(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (char !== '\r') field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

export function parseCsv(text: string): { columns: string[]; rows: Array<Record<string, string>> } {
  const [columns = [], ...lines] = parseCsvLines(text)
  return { columns, rows: lines.map((line) => Object.fromEntries(columns.map((column, index) => [column, line[index] ?? '']))) }
}
