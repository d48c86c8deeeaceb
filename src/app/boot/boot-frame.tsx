// The page frame shown while the simulator starts, or if it cannot: the same header and footer as
// the app, but nothing that needs the router or the simulator, so it loads at once.
import type { ReactNode } from 'react'
import { Footer } from '../shell/footer.tsx'
import { HeaderFrame, PlainName } from '../shell/header-frame.tsx'

export function BootFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="govuk-template__header">
        <HeaderFrame>
          <PlainName />
        </HeaderFrame>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <Footer />
    </>
  )
}
