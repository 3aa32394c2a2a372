// catalog.yaml and taxonomy.yaml of any text: indexing reports what is wrong and goes on.
import { describe } from 'vitest';
import { catalogFiles } from '#scripts/fuzz/targets/catalog-files.ts';
import { shortRun } from './short-run.ts';

describe('fuzz: catalog and taxonomy files', () => shortRun(catalogFiles, 20261207));
