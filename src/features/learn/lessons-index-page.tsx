// #/learn — the lessons as a GOV.UK task list, ticked from what the simulator recorded for the
// current service, with starting again, choosing lessons and the sample service.
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { LessonStatusTag } from './lesson-status-tag.tsx'
import type { LessonsView } from './use-lessons.ts'

export function LessonsIndexPage({ view }: { view: LessonsView }) {
  const { facts, lessons } = view
  const done = lessons.filter((state) => state.status === 'completed').length
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Learn to use GOV.UK Pay')}</title>
        <h1 className="govuk-heading-xl">Learn to use GOV.UK Pay</h1>
        <p className="govuk-body-l">
          Short lessons that take you through an integration in the order the GOV.UK Pay documentation does. Each one
          ticks itself when the playground sees you have done it.
        </p>
        <p className="govuk-body">
          Lessons count what you do with <strong>{facts.service.name}</strong> and its API keys
          {facts.progress.since.real > 0 ? ' since you last started again' : ''}. Progress is kept for each service in this
          browser.
        </p>
        <h2 className="govuk-heading-m">Lessons</h2>
        <p className="govuk-body" id="lessons-progress">
          You have completed {done} of {lessons.length} lessons.
        </p>
        {lessons.length === 0 ? (
          <p className="govuk-body">No lessons have been chosen for this service.</p>
        ) : (
          <ul className="govuk-task-list" aria-describedby="lessons-progress">
            {lessons.map(({ lesson, status }, index) => (
              <li className="govuk-task-list__item govuk-task-list__item--with-link" key={lesson.id}>
                <div className="govuk-task-list__name-and-hint">
                  <Link className="govuk-link govuk-task-list__link" to={appPaths.lesson(lesson.id)} aria-describedby={`lesson-${index}-status`}>
                    {lesson.title}
                  </Link>
                </div>
                <div className="govuk-task-list__status" id={`lesson-${index}-status`}>
                  <LessonStatusTag status={status} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h2 className="govuk-heading-m">See a whole service</h2>
        <p className="govuk-body">
          <Link className="govuk-link" to={appPaths.sampleService()}>
            Apply for a fishing licence
          </Link>{' '}
          is a small government service that takes payments the way the documentation recommends, and shows the code
          behind each step.
        </p>
        <h2 className="govuk-heading-m">Start again or choose lessons</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={appPaths.startLessonsAgain()}>
              Start the lessons again
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={appPaths.chooseLessons()}>
              Choose which lessons this service shows
            </Link>{' '}
            (for trainers)
          </li>
        </ul>
      </div>
    </div>
  )
}
