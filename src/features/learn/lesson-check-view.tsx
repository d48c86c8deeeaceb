// What a lesson's check found: done (with the evidence), the parts still to do, and a hint when the
// latest attempt went wrong. It is announced as it changes, since it changes while you work.
import type { LessonState } from './use-lessons.ts'

export function LessonCheckView({ state }: { state: LessonState }) {
  const { check, status } = state
  const done = status === 'completed'
  return (
    <div aria-live="polite">
      {done ? (
        <div className="govuk-panel govuk-panel--confirmation app-lesson-done">
          <h2 className="govuk-panel__title govuk-!-font-size-27">✓ Lesson completed</h2>
          {check.evidence ? <div className="govuk-panel__body govuk-!-font-size-19">{check.evidence}</div> : null}
        </div>
      ) : (
        <p className="govuk-body">
          <strong>Not done yet.</strong> This page ticks the lesson as soon as the playground sees it done.
        </p>
      )}
      {check.parts ? (
        <ul className="govuk-list app-lesson-parts" aria-label="What this lesson asks for">
          {check.parts.map((part) => (
            <li key={part.label}>
              <span aria-hidden="true">{part.done ? '✓' : '○'}</span> {part.label}
              <span className="govuk-visually-hidden">{part.done ? ': done' : ': not done yet'}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {!done && check.hint ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Hint: </span>
            {check.hint}
          </strong>
        </div>
      ) : null}
    </div>
  )
}
