// Records every main heading a page shows, however briefly: a MutationObserver notes the text of
// each <h1> after every change to the document, so a page that flashes up for one render is caught.
export interface HeadingRecorder {
  /** Each heading in the order first shown, without repeats in a row. */
  headings: () => string[]
  stop: () => void
}

export function recordHeadings(root: Node = document.body): HeadingRecorder {
  const seen: string[] = []
  const note = () => {
    for (const heading of document.querySelectorAll('h1')) {
      const text = heading.textContent?.trim() ?? ''
      if (text !== '' && seen[seen.length - 1] !== text) seen.push(text)
    }
  }
  note()
  const observer = new MutationObserver(note)
  observer.observe(root, { childList: true, subtree: true, characterData: true })
  return {
    headings: () => {
      note()
      return [...seen]
    },
    stop: () => observer.disconnect(),
  }
}
