// The last line of defence: if anything outside a route's own error page throws while rendering
// (the shell, a provider), show what happened in a plain page instead of a blank screen.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { BootFrame } from './boot/boot-frame.tsx'
import { ProblemDetails } from './pages/problem-details.tsx'

interface State {
  error: unknown
  failed: boolean
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The playground failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <BootFrame>
        <ProblemDetails error={this.state.error} />
      </BootFrame>
    )
  }
}
