// #/scenarios/* — saving a service as a scenario, and opening one.
import { Route, Routes } from 'react-router'
import { OpenScenarioPage } from './open-scenario-page.tsx'
import { SaveScenarioPage } from './save-scenario-page.tsx'

export function ScenariosSection() {
  return (
    <Routes>
      <Route index element={<SaveScenarioPage />} />
      <Route path="open" element={<OpenScenarioPage />} />
    </Routes>
  )
}
