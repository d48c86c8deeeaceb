// Helpers for the hardening end-to-end tests: watching a page for anything that runs or is injected
// when hostile text is shown, for Content Security Policy violations, and exporting or importing the
// playground's data through the simulator tools page.
import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/** Sets `window.__xss` when any hostile payload runs; every payload in these tests tries to. */
export const XSS_FLAG = '__xss'

/** Records dialogs (alert, confirm, prompt) the page opens, and dismisses them. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return dialogs
}

/** Nothing ran and nothing was injected: no dialog, no flag, no element built from the payloads. */
export async function expectNothingRan(page: Page, dialogs: string[], where: string): Promise<void> {
  expect(dialogs, `${where}: a dialog opened`).toEqual([])
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG), `${where}: a payload ran`).toBeUndefined()
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('img[src="x"], svg, script:not([src]), [onerror], [onload], iframe, object, embed')]
      .filter((element) => !(element instanceof SVGElement && element.closest('.govuk-header, .govuk-footer, button, a, .govuk-accordion, .govuk-tag')))
      .filter((element) => element.tagName.toLowerCase() !== 'svg' || element.hasAttribute('onload'))
      .map((element) => element.outerHTML.slice(0, 120)),
  )
  expect(injected, `${where}: an element was injected`).toEqual([])
}

/** Collects Content Security Policy violations the page reports, from before its first script. */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return async () => {
    let events: string[] = []
    try {
      events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
    } catch {
      // the page is navigating; its console messages are still counted
    }
    return [...events, ...fromConsole]
  }
}

export const toolsSection = (page: Page, name: string) => page.getByRole('region', { name })

/** Exports everything from the simulator tools page and returns the file's path and text. */
export async function exportFromTools(page: Page): Promise<{ file: string; text: string }> {
  await page.goto('./#/simulator')
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator tools' })).toBeVisible({ timeout: 20_000 })
  const downloading = page.waitForEvent('download')
  await toolsSection(page, 'Export and import').getByRole('button', { name: 'Export everything' }).click()
  const download = await downloading
  const file = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(file)
  return { file, text: fs.readFileSync(file, 'utf8') }
}

/** Imports an export document through the simulator tools page, replacing everything. */
export async function importThroughTools(page: Page, document: unknown): Promise<void> {
  await page.goto('./#/simulator')
  const data = toolsSection(page, 'Export and import')
  await data.getByLabel('Upload an export file').setInputFiles({
    name: 'pay-playground-export-shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  })
  await data.getByRole('button', { name: 'Import and replace everything' }).click()
  await expect(data.getByText(/^Imported /)).toBeVisible()
}
