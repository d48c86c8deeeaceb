// A button that copies text to the clipboard and says, in a live region, whether that worked.
import { useState } from 'react'
import { Button } from './button.tsx'

type CopyState = 'idle' | 'copied' | 'failed'

export interface CopyButtonProps {
  text: string
  label: string
  what: string
  /** What to announce once copied; defaults to "{what} copied to the clipboard". */
  copiedMessage?: string
}

export function CopyButton({ text, label, what, copiedMessage }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard')
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <div className="govuk-button-group">
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
        {state === 'copied' && (copiedMessage ?? `${what} copied to the clipboard`)}
        {state === 'failed' && `Your browser did not let the playground copy the ${what.toLowerCase()}. Select it and copy it yourself.`}
      </p>
    </div>
  )
}
