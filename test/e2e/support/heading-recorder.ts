// Records in the page every main heading shown, however briefly: a MutationObserver notes the text
// of each <h1> after every change to the document (before the browser paints), so a page that
// shows for one render is caught.
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    playgroundTestHeadings?: string[]
  }
}

export async function startRecordingHeadings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = []
    window.playgroundTestHeadings = seen
    const note = () => {
      for (const heading of document.querySelectorAll('h1')) {
        const text = heading.textContent?.trim() ?? ''
        if (text !== '' && seen[seen.length - 1] !== text) seen.push(text)
      }
    }
    note()
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}

export function recordedHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.playgroundTestHeadings ?? [])])
}
