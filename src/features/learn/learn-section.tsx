// #/learn/* — the lessons for the current service: the list, each lesson, starting again, and
// choosing lessons (for trainers).
import { Route, Routes, useParams } from 'react-router'
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { ChooseLessonsPage } from './choose-lessons-page.tsx'
import { LessonPage } from './lesson-page.tsx'
import { LessonsIndexPage } from './lessons-index-page.tsx'
import { StartAgainPage } from './start-again-page.tsx'
import { useLessons, type LessonsView } from './use-lessons.ts'

function Lesson({ view }: { view: LessonsView }) {
  const { lessonId = '' } = useParams()
  return <LessonPage view={view} lessonId={lessonId} />
}

export function LearnSection() {
  const lessons = useLessons()
  if (lessons.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the lessons…
      </p>
    )
  }
  if (lessons.isError) {
    return (
      <>
        <title>{pageTitle('Sorry, there is a problem')}</title>
        <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
        <p className="govuk-body">The lessons could not be read: {describeError(lessons.error)}</p>
      </>
    )
  }
  const view = lessons.data
  const { service, progress } = view.facts
  return (
    <Routes>
      <Route index element={<LessonsIndexPage view={view} />} />
      <Route path="start-again" element={<StartAgainPage serviceId={service.id} serviceName={service.name} />} />
      <Route path="choose" element={<ChooseLessonsPage serviceId={service.id} serviceName={service.name} selection={progress.selection} />} />
      <Route path=":lessonId" element={<Lesson view={view} />} />
    </Routes>
  )
}
