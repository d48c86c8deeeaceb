// A message one admin page hands to the next ("Doomed key was successfully revoked"), carried in
// the router's location state, shown once in a success banner that takes focus. It is cleared
// from the history entry at once, so going back or reloading does not show it again.
import { useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { NotificationBanner } from '../../ui/notification-banner.tsx'

export interface FlashState {
  flash?: string
}

export const withFlash = (flash: string): { state: FlashState } => ({ state: { flash } })

export function useFlash(): string | undefined {
  const location = useLocation()
  const navigate = useNavigate()
  const [flash] = useState(() => (location.state as FlashState | null)?.flash)
  useEffect(() => {
    if (flash !== undefined) void navigate(location.pathname, { replace: true, state: null })
  }, [flash, navigate, location.pathname])
  return flash
}

export function FlashBanner({ message }: { message: string | undefined }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message !== undefined) banner.current?.focus()
  }, [message])
  if (message === undefined) return null
  return (
    <NotificationBanner type="success" ref={banner}>
      <p className="govuk-notification-banner__heading">{message}</p>
    </NotificationBanner>
  )
}
