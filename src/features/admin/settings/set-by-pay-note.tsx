// The note on each page of a setting that a service team cannot change on a real account: GOV.UK
// Pay support change it when asked, and the playground lets a learner try it.
import { InsetText } from '../../../ui/inset-text.tsx'

export function SetByPayNote() {
  return (
    <InsetText>
      On a real account, GOV.UK Pay support change this when your service asks them to: your team cannot change it in
      the admin site. The playground lets you change it here to try out what it does.
    </InsetText>
  )
}
