// Search queries of any text and FTS5 syntax: each ends in results or a typed error.
import { describe } from 'vitest';
import { searchQueries } from '#scripts/fuzz/targets/search-queries.ts';
import { shortRun } from './short-run.ts';

describe('fuzz: search queries', () => shortRun(searchQueries, 20261207));
