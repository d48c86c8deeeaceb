// Whether a CSS media query matches now, updated when it changes. Where the browser has no
// matchMedia (jsdom), `fallback` is used.
import { useCallback, useSyncExternalStore } from 'react'

const supported = (): boolean => typeof window.matchMedia === 'function'

export function useMediaQuery(query: string, fallback = true): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!supported()) return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => (supported() ? window.matchMedia(query).matches : fallback),
    () => fallback,
  )
}
