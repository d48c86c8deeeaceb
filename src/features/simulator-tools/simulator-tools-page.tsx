// The simulator tools page (`#/simulator`), for trainers and testers: the clock, fault injection,
// demo data, disputes, export and import, the local bridge, and reset.
import { pageTitle } from '../../lib/page-title.ts'
import { BridgeSection } from './bridge/bridge-section.tsx'
import { ClockSection } from './clock/clock-section.tsx'
import { DataSection } from './data/data-section.tsx'
import { DisputesSection } from './disputes/disputes-section.tsx'
import { FaultsSection } from './faults/faults-section.tsx'
import { OutcomeProvider } from './outcome.tsx'
import { ResetSection } from './reset/reset-section.tsx'
import { ScenariosTool } from './scenarios/scenarios-tool.tsx'
import { SeedSection } from './seed/seed-section.tsx'

export const SIMULATOR_TOOLS_TITLE = 'Simulator tools'

export function SimulatorToolsPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(SIMULATOR_TOOLS_TITLE)}</title>
        <h1 className="govuk-heading-xl">{SIMULATOR_TOOLS_TITLE}</h1>
        <p className="govuk-body-l">
          Control the simulator: move its clock forward, make the API fail on purpose, fill it with demo payments,
          dispute payments, save and restore everything, reach it from outside the browser, or start again.
        </p>
        <OutcomeProvider>
          <ClockSection />
          <FaultsSection />
          <SeedSection />
          <DisputesSection />
          <DataSection />
          <ScenariosTool />
          <BridgeSection />
          <ResetSection />
        </OutcomeProvider>
      </div>
    </div>
  )
}
