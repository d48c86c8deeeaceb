// The HTTP method as a small tag beside an endpoint's name.
import { Tag } from '../../../ui/tag.tsx'

export function MethodTag({ method }: { method: 'GET' | 'POST' }) {
  return (
    <Tag colour={method === 'GET' ? 'blue' : 'green'} className="app-explorer-method">
      {method}
    </Tag>
  )
}
