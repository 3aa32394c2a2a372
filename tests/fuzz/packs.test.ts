// Damaged library packs: each import is refused with the library untouched, or imports soundly.
import { describe } from 'vitest';
import { packImport } from '#scripts/fuzz/targets/pack-import.ts';
import { shortRun } from './short-run.ts';

describe('fuzz: pack import', () => shortRun(packImport, 20261207));
