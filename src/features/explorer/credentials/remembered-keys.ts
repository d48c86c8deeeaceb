// API keys this browser remembers for the explorer. The simulator keeps only a hash of each key, so
// the explorer can offer only keys it was given here (created or pasted). A key is kept in
// localStorage ("on this device") or sessionStorage ("this tab only"), as the user chooses.

export type KeyPersistence = 'device' | 'tab'

export interface RememberedKey {
  key: string
  persistence: KeyPersistence
}

const KEYS = 'pay-playground.explorer.api-keys'
const SELECTED = 'pay-playground.explorer.selected-key'

const storageFor = (persistence: KeyPersistence): Storage => (persistence === 'device' ? localStorage : sessionStorage)

function read(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEYS) ?? '[]')
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

function write(storage: Storage, keys: string[]): void {
  if (keys.length === 0) storage.removeItem(KEYS)
  else storage.setItem(KEYS, JSON.stringify(keys))
}

/** Every remembered key, this tab's first. */
export function rememberedKeys(): RememberedKey[] {
  const tab = read(sessionStorage).map((key) => ({ key, persistence: 'tab' as const }))
  const device = read(localStorage)
    .filter((key) => !tab.some((entry) => entry.key === key))
    .map((key) => ({ key, persistence: 'device' as const }))
  return [...tab, ...device]
}

/** Remembers a key in one place only: choosing "this tab only" also forgets it on the device. */
export function rememberKey(key: string, persistence: KeyPersistence): void {
  forgetKey(key)
  const storage = storageFor(persistence)
  write(storage, [key, ...read(storage)])
}

export function forgetKey(key: string): void {
  for (const storage of [localStorage, sessionStorage]) write(storage, read(storage).filter((other) => other !== key))
}

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
