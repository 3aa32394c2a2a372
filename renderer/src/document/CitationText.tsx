// A citation on screen and on paper, its title in italics where the style sets it so.
import type { CitationPart } from '#shared/citation.ts';

export function CitationText({ parts }: { parts: CitationPart[] }) {
  return <>{parts.map((part, i) => (part.italic ? <i key={i}>{part.text}</i> : part.text))}</>;
}
