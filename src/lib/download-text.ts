// Hands text to the browser as a file to download (exports, CSV files).

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the file's address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
