// The explorer's memory of keys. Which keys this browser remembers is shared with the rest of the
// playground (src/lib/remembered-keys.ts), so a key made on the start page or in the admin site
// can be sent from here; which of them the explorer sends with is the explorer's own, kept here.
export { forgetKey, rememberedKeys, rememberKey, type KeyPersistence, type RememberedKey } from '../../../lib/remembered-keys.ts'

const SELECTED = 'pay-playground.explorer.selected-key'

/** The chosen key, by its hash (the key itself is not written a second time). */
export function selectedKeyHash(): string | null {
  return sessionStorage.getItem(SELECTED) ?? localStorage.getItem(SELECTED)
}

export function saveSelectedKeyHash(hash: string | null): void {
  for (const storage of [localStorage, sessionStorage]) {
    if (hash === null) storage.removeItem(SELECTED)
    else storage.setItem(SELECTED, hash)
  }
}
