// A block of code. It scrolls sideways when lines are long, so it can take keyboard focus.
export function CodeBlock({ code }: { code: string }) {
  return (
    <pre className="app-code-block" tabIndex={0}>
      <code>{code}</code>
    </pre>
  )
}
