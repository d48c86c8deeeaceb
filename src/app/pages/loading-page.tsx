// Shown while the first page's code is still loading (the router's hydrate fallback).
import { BootFrame } from '../boot/boot-frame.tsx'

export function LoadingPage() {
  return (
    <BootFrame>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </BootFrame>
  )
}
