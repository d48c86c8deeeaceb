// A lesson's status as the GOV.UK task list shows one: "Completed" as plain text, the others as tags.
import { Tag } from '../../ui/tag.tsx'
import type { LessonStatus } from './use-lessons.ts'

export function LessonStatusTag({ status }: { status: LessonStatus }) {
  switch (status) {
    case 'completed':
      return <>Completed</>
    case 'in-progress':
      return <Tag colour="light-blue">In progress</Tag>
    case 'not-started':
      return <Tag colour="blue">Not yet started</Tag>
  }
}
