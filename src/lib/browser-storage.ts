// What the playground keeps in this browser outside IndexedDB (Web Storage), so a reset can clear
// it too. Every key the playground writes starts with one of these prefixes; a new key only has to
// follow the convention to be cleared. Preferences that are not playground data are kept.

/** The prefixes of the playground's localStorage and sessionStorage keys. */
export const PLAYGROUND_STORAGE_PREFIXES: readonly string[] = ['pay-playground.', 'pay-playground:', 'payPlayground.']

/** Keys that hold a preference rather than data, left alone by a reset. */
export const KEPT_ON_RESET: readonly string[] = ['pay-playground.explorer.language']

const clearListeners = new Set<() => void>()

/** Runs `listener` just before the playground's browser data is cleared (to drop unsaved copies). */
export function beforePlaygroundBrowserDataCleared(listener: () => void): void {
  clearListeners.add(listener)
}

function storagesOfThisBrowser(): Storage[] {
  const storages: Storage[] = []
  try {
    storages.push(localStorage, sessionStorage)
  } catch {
    // Storage can be switched off (some private modes); there is then nothing to clear.
  }
  return storages
}

/**
 * Removes the playground's data from Web Storage: explorer history and remembered API keys, which
 * payments this browser opened, saved form details. Returns the keys removed.
 */
export function clearPlaygroundBrowserData(storages: Storage[] = storagesOfThisBrowser()): string[] {
  for (const listener of clearListeners) listener()
  const removed: string[] = []
  for (const storage of storages) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key) => key !== null)
    for (const key of keys) {
      if (KEPT_ON_RESET.includes(key) || !PLAYGROUND_STORAGE_PREFIXES.some((prefix) => key.startsWith(prefix))) continue
      storage.removeItem(key)
      removed.push(key)
    }
  }
  return removed
}
