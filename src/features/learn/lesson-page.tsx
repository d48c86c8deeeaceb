// #/learn/:lessonId — one lesson: what to do and why, where to do it, and its check, live.
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { pageTitle } from '../../lib/page-title.ts'
import { BackLink } from '../../ui/back-link.tsx'
import { LessonCheckView } from './lesson-check-view.tsx'
import type { LessonsView } from './use-lessons.ts'

export function LessonPage({ view, lessonId }: { view: LessonsView; lessonId: string }) {
  const index = view.lessons.findIndex((state) => state.lesson.id === lessonId)
  const state = view.lessons[index]
  if (!state) {
    return (
      <>
        <title>{pageTitle('Lesson not found')}</title>
        <BackLink to={appPaths.learn()} />
        <h1 className="govuk-heading-l">Lesson not found</h1>
        <p className="govuk-body">This service has no lesson at this address. It may not be one of the lessons chosen for it.</p>
      </>
    )
  }
  const { lesson } = state
  const next = view.lessons[index + 1]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(`${lesson.title} – Learn`)}</title>
        <BackLink to={appPaths.learn()}>All lessons</BackLink>
        <span className="govuk-caption-l">
          Lesson {index + 1} of {view.lessons.length}
        </span>
        <h1 className="govuk-heading-l">{lesson.title}</h1>
        <p className="govuk-body-l">{lesson.summary}</p>
        <h2 className="govuk-heading-m">What to do</h2>
        <ol className="govuk-list govuk-list--number">
          {lesson.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <ul className="govuk-list" aria-label="Where to do it">
          {lesson.links(view.facts).map((link) => (
            <li key={link.to}>
              <Link className="govuk-link govuk-!-font-weight-bold" to={link.to}>
                {link.text}
              </Link>
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">Your progress</h2>
        <LessonCheckView state={state} />
        {next ? (
          <p className="govuk-body">
            Next lesson:{' '}
            <Link className="govuk-link" to={appPaths.lesson(next.lesson.id)}>
              {next.lesson.title}
            </Link>
          </p>
        ) : (
          <p className="govuk-body">
            That was the last lesson.{' '}
            <Link className="govuk-link" to={appPaths.learn()}>
              See all lessons
            </Link>
          </p>
        )}
      </div>
    </div>
  )
}
