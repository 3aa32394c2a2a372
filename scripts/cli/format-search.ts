import type { SearchResponse, TextRun } from '#shared/types.ts';

const bold = (s: string, colour: boolean) => (colour ? `\u001b[1;33m${s}\u001b[0m` : `[${s}]`);

export function runsToText(runs: TextRun[], colour: boolean): string {
  return runs.map((r) => (r.hit ? bold(r.text, colour) : r.text)).join('');
}

export function formatSearch(response: SearchResponse, colour: boolean, offset = 0): string {
  const lines: string[] = [];
  lines.push(
    `${response.total} document${response.total === 1 ? '' : 's'} (${response.tookMs} ms)`,
  );
  response.hits.forEach((hit, i) => {
    const d = hit.document;
    const meta = [d.type, d.year ?? '', d.language, d.countries.join(' ')]
      .filter(Boolean)
      .join(' · ');
    lines.push(
      '',
      `${offset + i + 1}. ${d.title}`,
      `   ${meta}  id ${d.id.slice(0, 12)}  score ${hit.score}`,
    );
    for (const p of hit.pages) lines.push(`   p. ${p.page}: ${runsToText(p.snippet, colour)}`);
  });
  const facetLine = (name: string, values: { value: string; count: number }[]) =>
    values.length
      ? `${name}: ${values
          .slice(0, 8)
          .map((v) => `${v.value} (${v.count})`)
          .join(', ')}`
      : '';
  const f = response.facets;
  const facetLines = [
    facetLine('countries', f.countries),
    facetLine('types', f.types),
    facetLine('languages', f.languages),
    facetLine('themes', f.themes),
    facetLine('years', f.years),
  ].filter(Boolean);
  if (facetLines.length) lines.push('', ...facetLines);
  return lines.join('\n');
}
