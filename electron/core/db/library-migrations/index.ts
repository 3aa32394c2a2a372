import type { Migration } from '../migrate.ts';
import { migration0001Initial } from './0001-initial.ts';

export const libraryMigrations: readonly Migration[] = [migration0001Initial];
