// A block of code. It scrolls sideways when lines are long, so it can take keyboard focus. With a
// `label` it is a named region, so a screen reader says what the code is when focus reaches it.
export function CodeBlock({ code, label }: { code: string; label?: string }) {
  return (
    <pre className="app-code-block" tabIndex={0} {...(label ? { role: 'region', 'aria-label': label } : {})}>
      <code>{code}</code>
    </pre>
  )
}
