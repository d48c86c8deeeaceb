// #/learn/choose — for trainers: which lessons the current service shows (kept with the service, and
// in a scenario made from it).
import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { setLessonSelection } from '../../simulator/services/lesson-progress.ts'
import { BackLink } from '../../ui/back-link.tsx'
import { Button } from '../../ui/button.tsx'
import { Checkboxes } from '../../ui/checkboxes.tsx'
import { ErrorSummary } from '../../ui/error-summary.tsx'
import { LESSONS } from './lessons/index.ts'

const FIELD = 'chosen-lessons'

export function ChooseLessonsPage({ serviceId, serviceName, selection }: { serviceId: string; serviceName: string; selection: readonly string[] | null }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [chosen, setChosen] = useState<string[]>(() => (selection === null ? LESSONS.map((lesson) => lesson.id) : [...selection]))
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const save = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    if (chosen.length === 0) return setError('Select at least one lesson')
    try {
      const all = LESSONS.every((lesson) => chosen.includes(lesson.id))
      await setLessonSelection(serviceId, all ? null : LESSONS.map((lesson) => lesson.id).filter((id) => chosen.includes(id)))
      await queryClient.invalidateQueries()
      await navigate(appPaths.learn())
    } catch (caught) {
      setError(`The lessons could not be saved: ${describeError(caught)}`)
    }
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Choose lessons – Learn')}</title>
        <BackLink to={appPaths.learn()} />
        <form noValidate onSubmit={(event) => void save(event)}>
          <ErrorSummary errors={error ? [{ text: error, fieldId: FIELD }] : []} focusKey={attempt} />
          <h1 className="govuk-heading-l">Choose the lessons for {serviceName}</h1>
          <p className="govuk-body">
            Trainees using this service see only these lessons. A scenario saved from this service takes the choice with
            it.
          </p>
          <Checkboxes
            idPrefix={FIELD}
            legend="Lessons"
            legendSize="s"
            error={error}
            items={LESSONS.map((lesson) => ({ value: lesson.id, label: lesson.title }))}
            values={chosen}
            onChange={setChosen}
          />
          <Button type="submit">Save lessons</Button>
        </form>
      </div>
    </div>
  )
}
