// Changes settings of the current service (the console API's) in one step, for journeys whose subject
// is not the settings themselves: written from page code into the playground's own storage, where
// the pages and the service worker read them on their next request. The admin site's pages for
// these settings have their own spec (settings-paid-features.spec.ts).
import type { Page } from '@playwright/test'
import type { ServiceSettings } from '../../../src/simulator/model/types.ts'

export async function changeServiceSettings(page: Page, change: Partial<ServiceSettings>): Promise<void> {
  await page.evaluate(async (settings) => {
    const { id } = await window.payPlayground.currentService()
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pay-playground')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const transaction = db.transaction('services', 'readwrite')
        const services = transaction.objectStore('services')
        const read = services.get(id)
        read.onsuccess = () => {
          const service = read.result as { settings: Record<string, unknown> }
          services.put({ ...service, settings: { ...service.settings, ...settings } })
        }
        transaction.oncomplete = () => {
          db.close()
          resolve()
        }
        transaction.onerror = () => reject(transaction.error)
      }
    })
  }, change)
}
