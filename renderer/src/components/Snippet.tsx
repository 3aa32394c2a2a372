import { Fragment } from 'react';
import type { TextRun } from '#shared/types.ts';

/**
 * A snippet from the engine: matched runs in <mark>, as text (never as HTML); a term found only
 * inside a longer word is marked apart.
 */
export function Snippet({ runs }: { runs: TextRun[] }) {
  return (
    <span className="snippet" data-testid="snippet">
      {runs.map((run, i) =>
        run.hit ? (
          <mark key={i} className={run.inside ? 'hl--inside' : undefined}>
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </span>
  );
}
