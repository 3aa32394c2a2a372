// The relevance test set (queries.yaml) and the figures computed from its results.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const QUERY_KINDS = [
  'word',
  'phrase',
  'prefix',
  'exclusion',
  'untoned',
  'in-sentence',
  'spaced',
  'decomposed',
  'mixed',
  'whole-word',
  'marked',
] as const;

const relevanceSetSchema = z
  .object({
    version: z.literal(1),
    queries: z
      .array(
        z
          .object({
            language: z.enum(['en', 'vi', 'th', 'lo', 'km', 'my', 'id', 'ms', 'fil']),
            kind: z.enum(QUERY_KINDS),
            query: z.string().min(1),
            expect: z.array(z.string().min(1)).min(1),
            /** Files that, when returned, come after every expected file. */
            before: z.array(z.string().min(1)).min(1).optional(),
            /** Files that must not be returned at all. */
            not: z.array(z.string().min(1)).min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type RelevanceQuery = z.infer<typeof relevanceSetSchema>['queries'][number];

export function loadRelevanceSet(path: string): RelevanceQuery[] {
  const parsed = relevanceSetSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data.queries;
}

export interface Judged {
  query: RelevanceQuery;
  /** The files returned, best first. */
  returned: string[];
}

/** The files of `before` returned ahead of some expected file: what a ranking got wrong. */
export function rankedAhead(judged: Judged): string[] {
  const rank = (file: string) => {
    const at = judged.returned.indexOf(file);
    return at < 0 ? Infinity : at;
  };
  const lastExpected = Math.max(...judged.query.expect.map(rank));
  return (judged.query.before ?? []).filter((file) => rank(file) < lastExpected);
}

/** Share of the expected files among the first `k` returned. */
export function recallAt(k: number, judged: Judged): number {
  const top = new Set(judged.returned.slice(0, k));
  return judged.query.expect.filter((file) => top.has(file)).length / judged.query.expect.length;
}

/** 1 / rank of the first expected file among the first `k` returned, 0 if none is there. */
export function reciprocalRank(k: number, judged: Judged): number {
  const expected = new Set(judged.query.expect);
  const rank = judged.returned.slice(0, k).findIndex((file) => expected.has(file));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

export interface Figures {
  group: string;
  queries: number;
  recall: number;
  mrr: number;
}

export function figures(group: string, judged: Judged[], k: number): Figures {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    group,
    queries: judged.length,
    recall: mean(judged.map((j) => recallAt(k, j))),
    mrr: mean(judged.map((j) => reciprocalRank(k, j))),
  };
}

/** Figures per value of `key`, in the order the values first appear, then for all queries. */
export function figuresBy(judged: Judged[], key: (j: Judged) => string, k: number): Figures[] {
  const groups = new Map<string, Judged[]>();
  for (const j of judged) groups.set(key(j), [...(groups.get(key(j)) ?? []), j]);
  return [
    ...[...groups].map(([group, list]) => figures(group, list, k)),
    figures('all', judged, k),
  ];
}

export function formatFigures(title: string, rows: Figures[], k: number): string {
  const lines = rows.map(
    (r) =>
      `  ${r.group.padEnd(12)} ${String(r.queries).padStart(7)}  ${r.recall.toFixed(3).padStart(9)}  ${r.mrr.toFixed(3).padStart(5)}`,
  );
  return [
    title,
    `  ${''.padEnd(12)} ${'queries'.padStart(7)}  ${`recall@${k}`.padStart(9)}  ${'MRR'.padStart(5)}`,
    ...lines,
  ].join('\n');
}
