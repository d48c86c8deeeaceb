// Saving text as a file the browser downloads.

/** A file name with the real date and time it was made: pay-playground-export-2026-03-05-1403.json. */
export function exportFileName(exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace('T', '-').replace(':', '')
  return `pay-playground-export-${stamp}.json`
}

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
