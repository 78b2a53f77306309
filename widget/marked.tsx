/** Highlighted search text: matched segments in <mark>, everything as text nodes (never HTML). */
export function Marked({ segments }: { segments: readonly { text: string; match: boolean }[] }) {
  return (
    <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  )
}
