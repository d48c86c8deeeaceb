// The name of an export file.

/** A file name with the real date and time it was made: pay-playground-export-2026-03-05-1403.json. */
export function exportFileName(exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace('T', '-').replace(':', '')
  return `pay-playground-export-${stamp}.json`
}
