// The text a page shows, for checking its language: every piece of text in the document's body,
// trimmed, except inside parts marked `lang="en"` (what stays English on a Welsh page) and inside
// elements that are not shown or not read (hidden, or `aria-hidden` such as the card logos' marks).
export function textOutsideEnglishParts(root: HTMLElement = document.body): string[] {
  const texts: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? ''
    const parent = node.parentElement
    if (text === '' || !parent) continue
    if (parent.closest('[lang="en"], script, style, title, [hidden], [aria-hidden="true"]')) continue
    texts.push(text)
  }
  return texts
}

/** Accessible labels given by attributes (`aria-label`, `alt`) outside parts marked English. */
export function labelsOutsideEnglishParts(root: HTMLElement = document.body): string[] {
  return [...root.querySelectorAll<HTMLElement>('[aria-label], img[alt]')]
    .filter((element) => !element.closest('[lang="en"]'))
    .map((element) => element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? '')
}
