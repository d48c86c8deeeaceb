// The API keys this browser remembers, so the API explorer can send requests with a key made
// anywhere in the playground: in the explorer, on the start page or in the admin site. The
// simulator keeps only a hash of each key, so a key that is not remembered here cannot be offered
// again. A key is kept in localStorage ("on this device") or sessionStorage ("in this tab only"),
// as chosen under "Remember new keys" in the explorer; that choice is kept too, and applies to keys
// created anywhere from then on.

export type KeyPersistence = 'device' | 'tab'

export interface RememberedKey {
  key: string
  persistence: KeyPersistence
}

// The names date from when only the explorer remembered keys; kept so keys remembered then still count.
const KEYS = 'pay-playground.explorer.api-keys'
const NEW_KEYS_IN = 'pay-playground.explorer.remember-new-keys'

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

/** Every remembered key, this tab's first, the newest first in each. */
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

/**
 * Calls `listener` when another tab changes the keys remembered on this device (a key made on the
 * start page while the explorer is open elsewhere). Returns a function that stops listening.
 */
export function onRememberedKeysChangedElsewhere(listener: () => void): () => void {
  const changed = (event: StorageEvent) => {
    if (event.key === KEYS || event.key === null) listener()
  }
  window.addEventListener('storage', changed)
  return () => window.removeEventListener('storage', changed)
}

/** Where new keys are remembered: on this device unless "In this tab only" was chosen. */
export function newKeyPersistence(): KeyPersistence {
  try {
    return localStorage.getItem(NEW_KEYS_IN) === 'tab' ? 'tab' : 'device'
  } catch {
    return 'device'
  }
}

export function chooseNewKeyPersistence(persistence: KeyPersistence): void {
  try {
    localStorage.setItem(NEW_KEYS_IN, persistence)
  } catch {
    // Storage is switched off: the choice lasts as long as the page that made it.
  }
}

/**
 * Remembers a key just created, where new keys are remembered; resolves to where that is, or
 * undefined when this browser keeps nothing (storage switched off): the key is then shown once only.
 */
export function rememberNewKey(key: string): KeyPersistence | undefined {
  const persistence = newKeyPersistence()
  try {
    rememberKey(key, persistence)
    return persistence
  } catch {
    return undefined
  }
}
